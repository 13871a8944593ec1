/**
 * The demo host's own words (its shell, not the kit's): a host keeps its strings in its own catalogue,
 * as here. The kit's strings come from the kit's catalogues, picked by the same locale.
 */
export type DemoLocale = 'en' | 'es' | 'de' | 'ar';

/** Every string the demo shell shows. */
export interface DemoStrings {
  appName: string;
  skipToContent: string;
  settings: string;
  settingsNav: string;
  profile: string;
  profileIntro: string;
  members: string;
  membersIntro: string;
  organization: string;
  organizationIntro: string;
  lookupTitle: string;
  lookupIntro: string;
  language: string;
  darkTheme: string;
  resetData: string;
  resetDone: string;
  signedInAs: string;
  membershipTitle: string;
  membershipRoles: string;
  membershipTeam: string;
  membershipNone: string;
  leaveUnsaved: string;
  demoNote: string;
  serverNote: string;
  signInAs: string;
  loading: string;
  loadFailed: string;
  memberDetailsTitle: string;
  backToMembers: string;
}

/** The languages the switcher offers, each named in itself. */
export const demoLanguages: { locale: DemoLocale; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
  { locale: 'de', name: 'Deutsch' },
  { locale: 'ar', name: 'العربية' },
];

/** The demo's strings per language. */
export const demoStrings: Record<DemoLocale, DemoStrings> = {
  en: {
    appName: 'Northwind Workspace',
    skipToContent: 'Skip to content',
    settings: 'Settings',
    settingsNav: 'Settings sections',
    profile: 'Profile',
    profileIntro: 'Your name, contact details and the fields your organization asks for.',
    members: 'Members',
    membersIntro: 'Who can sign in to {organization}, and with which role.',
    organization: 'Organization',
    organizationIntro: 'How {organization} is named and linked to your other systems.',
    lookupTitle: 'Find by external ID',
    lookupIntro: 'Look up a member or an organization by the ID your other systems use.',
    language: 'Language',
    darkTheme: 'Dark theme',
    resetData: 'Reset demo data',
    resetDone: 'Demo data reset to its starting point.',
    signedInAs: 'Signed in as {name}',
    membershipTitle: 'Your membership in {organization}',
    membershipRoles: 'Roles',
    membershipTeam: 'Team',
    membershipNone: 'Not set',
    leaveUnsaved: 'You have unsaved changes to your profile. Leave without saving them?',
    demoNote: 'Demo: everything is stored in this browser only.',
    serverNote: 'Full-stack demo: this page talks to a Teamkit server on this machine, over {backend}.',
    signInAs: 'Sign in as',
    loading: 'Loading…',
    loadFailed: 'This page could not be loaded.',
    memberDetailsTitle: 'Member details',
    backToMembers: 'Back to members',
  },
  es: {
    appName: 'Northwind Workspace',
    skipToContent: 'Saltar al contenido',
    settings: 'Configuración',
    settingsNav: 'Secciones de configuración',
    profile: 'Perfil',
    profileIntro: 'Tu nombre, tus datos de contacto y los campos que pide tu organización.',
    members: 'Miembros',
    membersIntro: 'Quién puede iniciar sesión en {organization} y con qué rol.',
    organization: 'Organización',
    organizationIntro: 'Cómo se llama {organization} y cómo se vincula con tus otros sistemas.',
    lookupTitle: 'Buscar por ID externo',
    lookupIntro: 'Busca un miembro o una organización por el ID que usan tus otros sistemas.',
    language: 'Idioma',
    darkTheme: 'Tema oscuro',
    resetData: 'Restablecer los datos de la demo',
    resetDone: 'Los datos de la demo volvieron a su estado inicial.',
    signedInAs: 'Sesión iniciada como {name}',
    membershipTitle: 'Tu membresía en {organization}',
    membershipRoles: 'Roles',
    membershipTeam: 'Equipo',
    membershipNone: 'Sin definir',
    leaveUnsaved: 'Tienes cambios sin guardar en tu perfil. ¿Salir sin guardarlos?',
    demoNote: 'Demo: todo se guarda solo en este navegador.',
    serverNote:
      'Demo completa: esta página habla con un servidor de Teamkit en este equipo, sobre {backend}.',
    signInAs: 'Iniciar sesión como',
    loading: 'Cargando…',
    loadFailed: 'No se pudo cargar esta página.',
    memberDetailsTitle: 'Detalles del miembro',
    backToMembers: 'Volver a los miembros',
  },
  de: {
    appName: 'Northwind Workspace',
    skipToContent: 'Zum Inhalt springen',
    settings: 'Einstellungen',
    settingsNav: 'Bereiche der Einstellungen',
    profile: 'Profil',
    profileIntro: 'Ihr Name, Ihre Kontaktdaten und die Felder, die Ihre Organisation verlangt.',
    members: 'Mitglieder',
    membersIntro: 'Wer sich bei {organization} anmelden kann, und mit welcher Rolle.',
    organization: 'Organisation',
    organizationIntro: 'Wie {organization} heißt und mit Ihren anderen Systemen verknüpft ist.',
    lookupTitle: 'Nach externer ID suchen',
    lookupIntro: 'Suchen Sie ein Mitglied oder eine Organisation über die ID Ihrer anderen Systeme.',
    language: 'Sprache',
    darkTheme: 'Dunkles Design',
    resetData: 'Demodaten zurücksetzen',
    resetDone: 'Die Demodaten wurden auf den Anfangszustand zurückgesetzt.',
    signedInAs: 'Angemeldet als {name}',
    membershipTitle: 'Ihre Mitgliedschaft bei {organization}',
    membershipRoles: 'Rollen',
    membershipTeam: 'Team',
    membershipNone: 'Nicht festgelegt',
    leaveUnsaved: 'Ihr Profil hat ungespeicherte Änderungen. Ohne Speichern verlassen?',
    demoNote: 'Demo: Alles wird nur in diesem Browser gespeichert.',
    serverNote:
      'Full-Stack-Demo: Diese Seite spricht mit einem Teamkit-Server auf diesem Rechner, über {backend}.',
    signInAs: 'Anmelden als',
    loading: 'Wird geladen…',
    loadFailed: 'Diese Seite konnte nicht geladen werden.',
    memberDetailsTitle: 'Mitgliedsdetails',
    backToMembers: 'Zurück zu den Mitgliedern',
  },
  ar: {
    appName: 'مساحة عمل نورثويند',
    skipToContent: 'انتقل إلى المحتوى',
    settings: 'الإعدادات',
    settingsNav: 'أقسام الإعدادات',
    profile: 'الملف الشخصي',
    profileIntro: 'اسمك وبيانات التواصل والحقول التي تطلبها مؤسستك.',
    members: 'الأعضاء',
    membersIntro: 'من يمكنه تسجيل الدخول إلى {organization}، وبأي دور.',
    organization: 'المؤسسة',
    organizationIntro: 'اسم {organization} وكيفية ربطها بأنظمتك الأخرى.',
    lookupTitle: 'البحث بالمعرّف الخارجي',
    lookupIntro: 'ابحث عن عضو أو مؤسسة بالمعرّف الذي تستخدمه أنظمتك الأخرى.',
    language: 'اللغة',
    darkTheme: 'السمة الداكنة',
    resetData: 'إعادة تعيين البيانات التجريبية',
    resetDone: 'أُعيدت البيانات التجريبية إلى حالتها الأولى.',
    signedInAs: 'مسجّل الدخول باسم {name}',
    membershipTitle: 'عضويتك في {organization}',
    membershipRoles: 'الأدوار',
    membershipTeam: 'الفريق',
    membershipNone: 'غير محدد',
    leaveUnsaved: 'لديك تغييرات غير محفوظة في ملفك الشخصي. هل تغادر دون حفظها؟',
    demoNote: 'عرض تجريبي: تُحفظ كل البيانات في هذا المتصفح فقط.',
    serverNote: 'عرض تجريبي كامل: تتحدث هذه الصفحة مع خادم Teamkit على هذا الجهاز، عبر {backend}.',
    signInAs: 'تسجيل الدخول باسم',
    loading: 'جارٍ التحميل…',
    loadFailed: 'تعذّر تحميل هذه الصفحة.',
    memberDetailsTitle: 'تفاصيل العضو',
    backToMembers: 'العودة إلى الأعضاء',
  },
};

/** Whether a value is one of the demo's languages (for values read back from storage or the URL). */
export function isDemoLocale(value: unknown): value is DemoLocale {
  return value === 'en' || value === 'es' || value === 'de' || value === 'ar';
}
