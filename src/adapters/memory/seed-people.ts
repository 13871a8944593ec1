/** A name as written, and the ASCII handle used to build an email address from it. */
type NamePart = readonly [written: string, handle: string];

/** People of one naming tradition: given and family names, and how a full name is put together. */
export interface NameCulture {
  /** Given names. */
  given: readonly NamePart[];
  /** Family names. */
  family: readonly NamePart[];
  /** `family-first` writes the family name first (Chinese, Japanese, Korean). */
  order: 'given-first' | 'family-first';
  /** What goes between the parts (nothing in Chinese and Japanese). */
  separator: string;
}

const latin = (names: string): NamePart[] =>
  names.split(',').map((name) => [
    name,
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase(),
  ]);

/** Name pools across scripts and traditions, so the members table meets realistic variety. */
export const nameCultures: readonly NameCulture[] = [
  {
    given: latin(
      'James,Olivia,Noah,Emma,Liam,Ava,Ethan,Sophia,Mason,Isabella,Lucas,Mia,Harper,Elijah,Amelia',
    ),
    family: latin(
      'Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Clark',
    ),
    order: 'given-first',
    separator: ' ',
  },
  {
    given: latin('José,María,Lucía,Álvaro,Sofía,Mateo,Valentina,Joaquín,Camila,Iñigo,Ximena'),
    family: latin('García,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Núñez,Ortiz,Peña'),
    order: 'given-first',
    separator: ' ',
  },
  {
    given: latin('Jürgen,Lena,Lukas,Anna,Felix,Marie,Björn,Zoë,Søren,Åsa,Mathilde,Émile'),
    family: latin('Müller,Schmidt,Schäfer,Weiß,Groß,Lindqvist,Ångström,Dupont,Lefèvre,Nørgaard'),
    order: 'given-first',
    separator: ' ',
  },
  {
    given: latin("Siobhán,Seán,Aoife,Ciarán,Niamh,D'Arcy"),
    family: latin("O'Brien,O'Connor,Mac Giolla Phádraig,Ní Bhriain,D'Souza"),
    order: 'given-first',
    separator: ' ',
  },
  {
    given: latin('Chinedu,Ngozi,Oluwaseun,Amara,Kwame,Abena,Tendai,Zanele'),
    family: latin('Okafor,Adeyemi,Mensah,Okonkwo,Nkosi,Boateng,Mutasa'),
    order: 'given-first',
    separator: ' ',
  },
  {
    given: [
      ['ليلى', 'layla'],
      ['محمد', 'mohammed'],
      ['فاطمة', 'fatima'],
      ['يوسف', 'youssef'],
      ['نور', 'nour'],
      ['عمر', 'omar'],
    ],
    family: [
      ['حداد', 'haddad'],
      ['الخطيب', 'alkhatib'],
      ['منصور', 'mansour'],
      ['العلي', 'alali'],
      ['سليمان', 'suleiman'],
    ],
    order: 'given-first',
    separator: ' ',
  },
  {
    given: [
      ['נועה', 'noa'],
      ['אביגיל', 'avigail'],
      ['דוד', 'david'],
      ['יונתן', 'yonatan'],
    ],
    family: [
      ['כהן', 'cohen'],
      ['לוי', 'levi'],
      ['מזרחי', 'mizrahi'],
    ],
    order: 'given-first',
    separator: ' ',
  },
  {
    given: [
      ['芳', 'fang'],
      ['伟', 'wei'],
      ['静', 'jing'],
      ['磊', 'lei'],
      ['秀英', 'xiuying'],
    ],
    family: [
      ['王', 'wang'],
      ['李', 'li'],
      ['张', 'zhang'],
      ['刘', 'liu'],
      ['陈', 'chen'],
    ],
    order: 'family-first',
    separator: '',
  },
  {
    given: [
      ['花子', 'hanako'],
      ['翔太', 'shota'],
      ['さくら', 'sakura'],
      ['健二', 'kenji'],
    ],
    family: [
      ['佐藤', 'sato'],
      ['鈴木', 'suzuki'],
      ['高橋', 'takahashi'],
      ['渡辺', 'watanabe'],
    ],
    order: 'family-first',
    separator: ' ',
  },
  {
    given: [
      ['민준', 'minjun'],
      ['서연', 'seoyeon'],
      ['지호', 'jiho'],
    ],
    family: [
      ['김', 'kim'],
      ['이', 'lee'],
      ['박', 'park'],
    ],
    order: 'family-first',
    separator: ' ',
  },
  {
    given: [
      ['प्रिया', 'priya'],
      ['अर्जुन', 'arjun'],
      ['अनन्या', 'ananya'],
      ['रोहन', 'rohan'],
    ],
    family: [
      ['शर्मा', 'sharma'],
      ['पटेल', 'patel'],
      ['गुप्ता', 'gupta'],
    ],
    order: 'given-first',
    separator: ' ',
  },
  {
    given: [
      ['Дмитрий', 'dmitry'],
      ['Анна', 'anna'],
      ['Ольга', 'olga'],
      ['Сергей', 'sergey'],
    ],
    family: [
      ['Иванов', 'ivanov'],
      ['Смирнова', 'smirnova'],
      ['Кузнецов', 'kuznetsov'],
    ],
    order: 'given-first',
    separator: ' ',
  },
  {
    given: [
      ['Γιώργος', 'giorgos'],
      ['Ελένη', 'eleni'],
    ],
    family: [
      ['Παπαδόπουλος', 'papadopoulos'],
      ['Οικονόμου', 'oikonomou'],
    ],
    order: 'given-first',
    separator: ' ',
  },
];

/** Short bios for generated members: plain text, one with markup-like characters on purpose. */
export const sampleBios: readonly string[] = [
  'Coffee first, then code reviews.',
  'Ask me about our billing integration.',
  'Part-time musician, full-time problem solver.',
  'Loves spreadsheets & <angle brackets>.',
  'Based in Lisbon; working hours 9–17 WET.',
];
