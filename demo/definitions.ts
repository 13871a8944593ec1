import type { HostAttributeDefinition, HostRoleText } from 'teamkit';

/**
 * What the demo host adds to the backend's attribute definitions: their words in the four languages
 * the demo speaks (the memory backend, like Scalekit, keeps one English label). Matched by key; the
 * backend's types, constraints and policies stay as they are. Groups keep their names (the keys of
 * `groupContent`); their headings are `groupLabel`.
 */
const personal = { en: 'Personal', es: 'Personal', de: 'Persönlich', ar: 'شخصي' };
const work = { en: 'Work', es: 'Trabajo', de: 'Arbeit', ar: 'العمل' };
const preferences = { en: 'Preferences', es: 'Preferencias', de: 'Einstellungen', ar: 'التفضيلات' };
const byAdministrator = {
  en: 'Set by your administrator',
  es: 'Lo establece tu administrador',
  de: 'Von Ihrer Administration festgelegt',
  ar: 'يحدّده المسؤول لديك',
};

export const demoDefinitions: readonly HostAttributeDefinition[] = [
  {
    key: 'email',
    label: { en: 'Email', es: 'Correo electrónico', de: 'E-Mail', ar: 'البريد الإلكتروني' },
    helpText: {
      en: 'Your sign-in address. Ask an administrator if it needs to change.',
      es: 'Tu dirección de inicio de sesión. Pide a un administrador que la cambie si hace falta.',
      de: 'Ihre Anmeldeadresse. Bitten Sie eine Administration, falls sie sich ändern muss.',
      ar: 'عنوانك لتسجيل الدخول. اطلب من المسؤول تغييره عند الحاجة.',
    },
    groupLabel: personal,
    policy: {
      readOnlyReason: {
        en: 'Used to sign in',
        es: 'Se usa para iniciar sesión',
        de: 'Wird zur Anmeldung verwendet',
        ar: 'يُستخدم لتسجيل الدخول',
      },
    },
  },
  {
    key: 'givenName',
    label: { en: 'First name', es: 'Nombre', de: 'Vorname', ar: 'الاسم الأول' },
    groupLabel: personal,
  },
  {
    key: 'familyName',
    label: { en: 'Last name', es: 'Apellido', de: 'Nachname', ar: 'اسم العائلة' },
    groupLabel: personal,
  },
  {
    key: 'name',
    label: { en: 'Display name', es: 'Nombre visible', de: 'Anzeigename', ar: 'الاسم المعروض' },
    helpText: {
      en: 'Shown to your teammates. Leave it empty to use the name from Okta.',
      es: 'Lo ven tus compañeros. Déjalo vacío para usar el nombre de Okta.',
      de: 'Für Ihr Team sichtbar. Leer lassen, um den Namen aus Okta zu verwenden.',
      ar: 'يراه زملاؤك. اتركه فارغًا لاستخدام الاسم من Okta.',
    },
    groupLabel: personal,
    policy: {
      readOnlyReason: {
        en: 'Managed by Okta',
        es: 'Gestionado por Okta',
        de: 'Von Okta verwaltet',
        ar: 'يديره Okta',
      },
    },
  },
  {
    key: 'picture',
    label: { en: 'Profile picture', es: 'Foto de perfil', de: 'Profilbild', ar: 'صورة الملف الشخصي' },
    groupLabel: personal,
    policy: { readOnlyReason: byAdministrator },
  },
  {
    key: 'locale',
    label: { en: 'Language', es: 'Idioma', de: 'Sprache', ar: 'اللغة' },
    groupLabel: personal,
  },
  {
    key: 'phoneNumber',
    label: { en: 'Phone number', es: 'Teléfono', de: 'Telefonnummer', ar: 'رقم الهاتف' },
    helpText: {
      en: 'Include the country code.',
      es: 'Incluye el código del país.',
      de: 'Mit Ländervorwahl.',
      ar: 'أضف رمز الدولة.',
    },
    groupLabel: personal,
  },
  {
    key: 'bio',
    label: { en: 'About you', es: 'Sobre ti', de: 'Über Sie', ar: 'نبذة عنك' },
    helpText: {
      en: 'A few words for your teammates.',
      es: 'Unas palabras para tus compañeros.',
      de: 'Ein paar Worte für Ihr Team.',
      ar: 'بضع كلمات لزملائك.',
    },
    groupLabel: personal,
  },
  {
    key: 'website',
    label: { en: 'Website', es: 'Sitio web', de: 'Website', ar: 'الموقع الإلكتروني' },
    groupLabel: personal,
  },
  {
    key: 'backup_email',
    label: { en: 'Backup email', es: 'Correo alternativo', de: 'Ersatz-E-Mail', ar: 'بريد احتياطي' },
    helpText: {
      en: 'Where we write if your work address stops working.',
      es: 'Donde te escribimos si tu dirección de trabajo deja de funcionar.',
      de: 'Hierhin schreiben wir, wenn Ihre Arbeitsadresse nicht mehr funktioniert.',
      ar: 'نراسلك عليه إذا توقف عنوان عملك.',
    },
    groupLabel: personal,
  },
  {
    key: 'employee_id',
    label: { en: 'Employee ID', es: 'ID de empleado', de: 'Personalnummer', ar: 'رقم الموظف' },
    patternMessage: {
      en: 'Use the form EMP-1234: EMP- followed by 3 to 6 digits.',
      es: 'Usa el formato EMP-1234: EMP- seguido de 3 a 6 dígitos.',
      de: 'Format EMP-1234: EMP- gefolgt von 3 bis 6 Ziffern.',
      ar: 'استخدم الصيغة EMP-1234: ‏EMP- متبوعة بـ 3 إلى 6 أرقام.',
    },
    groupLabel: work,
    policy: { readOnlyReason: byAdministrator },
  },
  {
    key: 'department',
    label: { en: 'Department', es: 'Departamento', de: 'Abteilung', ar: 'القسم' },
    options: [
      {
        value: 'engineering',
        label: { en: 'Engineering', es: 'Ingeniería', de: 'Entwicklung', ar: 'الهندسة' },
      },
      { value: 'design', label: { en: 'Design', es: 'Diseño', de: 'Design', ar: 'التصميم' } },
      { value: 'sales', label: { en: 'Sales', es: 'Ventas', de: 'Vertrieb', ar: 'المبيعات' } },
      { value: 'marketing', label: { en: 'Marketing', es: 'Marketing', de: 'Marketing', ar: 'التسويق' } },
      { value: 'finance', label: { en: 'Finance', es: 'Finanzas', de: 'Finanzen', ar: 'المالية' } },
      { value: 'people', label: { en: 'People', es: 'Personas', de: 'Personal', ar: 'الموارد البشرية' } },
      {
        value: 'support',
        label: { en: 'Customer support', es: 'Atención al cliente', de: 'Kundensupport', ar: 'دعم العملاء' },
      },
      { value: 'legal', label: { en: 'Legal', es: 'Legal', de: 'Recht', ar: 'الشؤون القانونية' } },
    ],
    groupLabel: work,
  },
  {
    key: 'skills',
    label: { en: 'Skills', es: 'Habilidades', de: 'Fähigkeiten', ar: 'المهارات' },
    helpText: {
      en: 'Choose up to 5.',
      es: 'Elige hasta 5.',
      de: 'Bis zu 5 auswählen.',
      ar: 'اختر 5 على الأكثر.',
    },
    options: [
      {
        value: 'typescript',
        label: { en: 'TypeScript', es: 'TypeScript', de: 'TypeScript', ar: 'TypeScript' },
      },
      { value: 'react', label: { en: 'React', es: 'React', de: 'React', ar: 'React' } },
      {
        value: 'design',
        label: { en: 'Product design', es: 'Diseño de producto', de: 'Produktdesign', ar: 'تصميم المنتجات' },
      },
      {
        value: 'data',
        label: { en: 'Data analysis', es: 'Análisis de datos', de: 'Datenanalyse', ar: 'تحليل البيانات' },
      },
      { value: 'security', label: { en: 'Security', es: 'Seguridad', de: 'Sicherheit', ar: 'الأمن' } },
      {
        value: 'negotiation',
        label: { en: 'Negotiation', es: 'Negociación', de: 'Verhandlung', ar: 'التفاوض' },
      },
      {
        value: 'management',
        label: {
          en: 'People management',
          es: 'Gestión de personas',
          de: 'Personalführung',
          ar: 'إدارة الفرق',
        },
      },
      {
        value: 'writing',
        label: {
          en: 'Technical writing',
          es: 'Redacción técnica',
          de: 'Technisches Schreiben',
          ar: 'الكتابة التقنية',
        },
      },
    ],
    groupLabel: work,
  },
  {
    key: 'start_date',
    label: { en: 'Start date', es: 'Fecha de inicio', de: 'Eintrittsdatum', ar: 'تاريخ البدء' },
    groupLabel: work,
    policy: { readOnlyReason: byAdministrator },
  },
  {
    key: 'years_experience',
    label: { en: 'Years of experience', es: 'Años de experiencia', de: 'Berufsjahre', ar: 'سنوات الخبرة' },
    groupLabel: work,
  },
  {
    key: 'cost_center',
    label: { en: 'Cost center', es: 'Centro de costes', de: 'Kostenstelle', ar: 'مركز التكلفة' },
    groupLabel: work,
    policy: {
      readOnlyReason: {
        en: 'Synced from Workday',
        es: 'Sincronizado desde Workday',
        de: 'Aus Workday synchronisiert',
        ar: 'مُزامن من Workday',
      },
    },
  },
  {
    key: 'newsletter',
    label: {
      en: 'Product newsletter',
      es: 'Boletín del producto',
      de: 'Produkt-Newsletter',
      ar: 'نشرة المنتج',
    },
    helpText: {
      en: 'An email about new features, about once a month.',
      es: 'Un correo sobre novedades, más o menos una vez al mes.',
      de: 'Eine E-Mail zu neuen Funktionen, etwa einmal im Monat.',
      ar: 'رسالة عن الميزات الجديدة، مرة في الشهر تقريبًا.',
    },
    groupLabel: preferences,
  },
];

/** The demo's role names and descriptions in its four languages, by role name. */
export const demoRoleTexts: Readonly<Record<string, HostRoleText>> = {
  admin: {
    displayName: { en: 'Admin', es: 'Administrador', de: 'Administration', ar: 'مسؤول' },
    description: {
      en: 'Manages members, invitations and organization settings.',
      es: 'Gestiona miembros, invitaciones y la configuración de la organización.',
      de: 'Verwaltet Mitglieder, Einladungen und die Einstellungen der Organisation.',
      ar: 'يدير الأعضاء والدعوات وإعدادات المؤسسة.',
    },
  },
  member: {
    displayName: { en: 'Member', es: 'Miembro', de: 'Mitglied', ar: 'عضو' },
    description: {
      en: 'Uses the product and sees who else is in the organization.',
      es: 'Usa el producto y ve quién más está en la organización.',
      de: 'Nutzt das Produkt und sieht, wer sonst zur Organisation gehört.',
      ar: 'يستخدم المنتج ويرى من غيره في المؤسسة.',
    },
  },
  billing_manager: {
    displayName: {
      en: 'Billing manager',
      es: 'Responsable de facturación',
      de: 'Abrechnungsverwaltung',
      ar: 'مدير الفوترة',
    },
    description: {
      en: 'Manages the plan, invoices and billing details.',
      es: 'Gestiona el plan, las facturas y los datos de facturación.',
      de: 'Verwaltet Tarif, Rechnungen und Zahlungsdaten.',
      ar: 'يدير الخطة والفواتير وبيانات الدفع.',
    },
  },
};
