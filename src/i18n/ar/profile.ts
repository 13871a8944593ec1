import type { TeamkitMessages } from '../messages.ts';

/** نصوص محرر الملف الشخصي (ProfileEditor وأجزاؤه). */
export const profile: TeamkitMessages['profile'] = {
  formLabel: 'الملف الشخصي',
  loading: 'جارٍ تحميل الملف الشخصي…',
  loadError: 'تعذّر تحميل الملف الشخصي.',
  empty: 'لا توجد حقول في الملف الشخصي لعرضها.',
  fieldsLeftOut: 'تعذّر عرض بعض حقول الملف الشخصي.',
  save: 'حفظ التغييرات',
  discard: 'تجاهل التغييرات',
  states: {
    idle: 'لا توجد تغييرات غير محفوظة',
    dirty: 'لديك تغييرات غير محفوظة',
    saving: 'جارٍ حفظ تغييراتك…',
    saved: 'تم حفظ جميع التغييرات',
    error: 'لم تُحفظ تغييراتك',
    conflict: 'لم يُحفظ: تغيّر هذا الملف الشخصي في مكان آخر',
  },
  announcements: {
    saved: 'تم حفظ الملف الشخصي.',
    noChanges: 'لا توجد تغييرات لحفظها.',
    invalid: 'بعض الحقول تحتاج إلى مراجعة. التركيز الآن على أولها.',
    reloaded: 'تُعرض الآن أحدث نسخة من الملف الشخصي. تم تجاهل تعديلاتك.',
    discarded: 'تم تجاهل تغييراتك.',
  },
  saveFailed: 'لم تُحفظ تغييراتك. كل ما كتبته لا يزال هنا.',
  conflict: {
    title: 'تغيّر هذا الملف الشخصي في مكان آخر',
    description:
      'غيّر شخص ما هذا الملف الشخصي بعد أن فتحته. تعديلاتك لا تزال هنا: راجع الاختلافات، أو أعد تحميل أحدث نسخة، أو احفظ تعديلاتك فوقها.',
    review: 'مراجعة الاختلافات',
    hideReview: 'إخفاء الاختلافات',
    reload: 'إعادة تحميل أحدث نسخة',
    overwrite: 'حفظ تعديلاتي على أي حال',
    loadingLatest: 'جارٍ تحميل أحدث نسخة…',
    noDifferences: 'لا يختلف أي حقل عن أحدث نسخة.',
    caption: 'الحقول التي تختلف عن أحدث نسخة',
    field: 'الحقل',
    yours: 'تعديلك',
    notChangedHere: 'لم تغيّره',
    latest: 'أحدث نسخة',
  },
  email: {
    verified: 'مُؤكَّد',
    unverified: 'غير مُؤكَّد',
  },
  readOnly: {
    identityProvider: 'يُديره {provider}',
    admin: 'يحدّده المسؤول لديك.',
    system: 'يُضبط تلقائيًا ولا يمكن تغييره هنا.',
    degraded: 'يُعرض للقراءة فقط لأن تعريف الحقل غير صالح: {reason}',
  },
  override: {
    providerFallback: 'مزوّد الهوية الخاص بك',
    providerValue: 'القيمة من {provider}: {value}',
    providerValueEmpty: 'لا يوفّر {provider} قيمة لهذا الحقل.',
    useOwn: 'استخدام قيمة أخرى',
    useProvider: 'استخدام القيمة من {provider}',
    ownValue: 'قيمتك الخاصة، وتُستخدم بدلًا من القيمة الواردة من {provider}.',
  },
  values: {
    yes: 'نعم',
    no: 'لا',
    empty: 'غير محدد',
  },
  select: {
    placeholder: 'اختر…',
  },
  locale: {
    search: 'البحث في اللغات لحقل {label}',
    searchPlaceholder: 'بحث…',
    noMatches: 'لا توجد لغة مطابقة',
    choose: 'اختر لغة',
  },
  rawJson: {
    summary: 'JSON الخام',
    label: 'بيانات JSON الخام لهذا المستخدم',
  },
};
