import type { TeamkitMessages } from '../messages.ts';

/** كلمات تفاصيل العضو: ملفه الشخصي ومعرّفه الخارجي وبياناته الوصفية وهوياته وسجله الخام. */
export const memberDetails: TeamkitMessages['memberDetails'] = {
  title: 'تفاصيل العضو',
  closeLabel: 'إغلاق تفاصيل {name}',
  membershipTitle: 'العضوية',
  statusLabel: 'الحالة',
  provisioningLabel: 'أُضيف عبر',
  rolesLabel: 'الأدوار',
  noRoles: 'لا أدوار',
  membershipUnavailable: 'هذا الشخص ليس عضوًا في هذه المؤسسة.',
  externalIdTitle: 'المعرّف الخارجي',
  externalIdLabel: 'المعرّف الخارجي',
  externalIdHelp:
    'معرّفك الخاص لهذا الشخص، مثل سجله في نظام إدارة العملاء أو الموارد البشرية أو الفوترة لديك. يجب أن يكون فريدًا.',
  externalIdSave: 'حفظ المعرّف الخارجي',
  externalIdSaved: 'تم حفظ المعرّف الخارجي.',
  externalIdTaken: 'هناك مستخدم آخر يستخدم المعرّف الخارجي «{value}» بالفعل. أدخل معرّفًا مختلفًا.',
  externalIdTooLong: {
    zero: 'يجب ألا يزيد المعرّف الخارجي على {count} حرف.',
    one: 'يجب ألا يزيد المعرّف الخارجي على حرف واحد.',
    two: 'يجب ألا يزيد المعرّف الخارجي على حرفين.',
    few: 'يجب ألا يزيد المعرّف الخارجي على {count} أحرف.',
    many: 'يجب ألا يزيد المعرّف الخارجي على {count} حرفًا.',
    other: 'يجب ألا يزيد المعرّف الخارجي على {count} حرف.',
  },
  notSet: 'غير محدد',
  userMetadataTitle: 'بيانات المستخدم الوصفية',
  userMetadataHelp: 'تفضيلات وبيانات يديرها العضو بنفسه. يمكنه رؤية هذه القيم وتغييرها.',
  appMetadataTitle: 'بيانات المسؤول الوصفية',
  appMetadataHelp:
    'بيانات لا يراها ولا يغيّرها إلا المسؤولون وأنظمتك الخاصة، مثل الخطة أو الصلاحيات أو معرّفات نظام إدارة العملاء. لا يمكن للعضو تغييرها.',
  membershipMetadataTitle: 'البيانات الوصفية للعضوية',
  membershipMetadataHelp: 'بيانات تخص عضوية هذا الشخص في هذه المؤسسة فقط.',
  membershipMetadataUnsupported: 'لا يحفظ هذا الخادم بيانات وصفية للعضويات.',
  sharedUserMetadataHelp:
    'يحفظ هذا الخادم بيانات المستخدم وبيانات التطبيق في خريطة واحدة من {max} زوج؛ يشغل الآخر {other}.',
  identitiesTitle: 'سمات مزوّد الهوية',
  identitiesHelp: 'يرسلها مزوّد الهوية عند تسجيل دخول العضو. هي للقراءة فقط هنا: غيّرها لدى المزوّد.',
  noIdentities: 'لا يسجّل هذا العضو الدخول عبر مزوّد هوية.',
  providerUserIdLabel: 'المعرّف لدى المزوّد',
  lastSyncedLabel: 'آخر مزامنة',
  never: 'أبدًا',
  noAttributes: 'لم تُستلم أي سمات.',
  profileTitle: 'الملف الشخصي',
  rawJsonTitle: 'JSON الخام',
  rawJsonHelp: 'سجل المستخدم تمامًا كما أعاده الخادم.',
};
