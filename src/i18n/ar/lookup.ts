import type { TeamkitMessages } from '../messages.ts';

/** كلمات البحث بالمعرّف الخارجي: مربع البحث الذي يلصق فيه فريق الدعم معرّفًا خارجيًا. */
export const lookup: TeamkitMessages['lookup'] = {
  organizationLabel: 'المعرّف الخارجي للمؤسسة',
  userLabel: 'المعرّف الخارجي للعضو',
  organizationHelp:
    'الصق المعرّف الذي يستخدمه نظام الفوترة أو نظام إدارة العملاء أو أحد الـ webhooks للمؤسسة.',
  userHelp:
    'الصق المعرّف الذي يستخدمه نظام إدارة العملاء أو الموارد البشرية أو الفوترة للشخص. يجري البحث بين أعضاء هذه المؤسسة.',
  submit: 'بحث',
  searching: 'جارٍ البحث…',
  enterId: 'الصق معرّفًا خارجيًا أو اكتبه للبحث عنه.',
  organizationNotFound: 'لا توجد مؤسسة بالمعرّف الخارجي «{value}».',
  userNotFound: 'لا يوجد عضو في هذه المؤسسة بالمعرّف الخارجي «{value}».',
  notFoundHint: 'تحقّق من الأخطاء الإملائية والأحرف الزائدة، أو اسأل من أعطاك المعرّف.',
  found: 'تم العثور على {name}.',
  idLabel: 'المعرّف',
  externalIdLabel: 'المعرّف الخارجي',
  emailLabel: 'البريد الإلكتروني',
  metadataLabel: 'البيانات الوصفية',
  metadataSummary: {
    zero: 'لا أزواج: {keys}',
    one: 'زوج واحد: {keys}',
    two: 'زوجان: {keys}',
    few: '{count} أزواج: {keys}',
    many: '{count} زوجًا: {keys}',
    other: '{count} زوج: {keys}',
  },
  metadataMore: '{keys} و{more} غيرها',
  noMetadata: 'لا شيء',
  open: 'فتح',
  openLabel: 'فتح {name}',
};
