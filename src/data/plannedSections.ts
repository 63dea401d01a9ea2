import type { Lang, UiKey } from '../i18n/index';

/*
 * Sections that do not have their own page yet. Each says plainly that it is being built and what it
 * will hold; a section leaves this list when its real route lands.
 */
export const PLANNED: Record<string, { key: UiKey; holds: Record<Lang, string[]> }> = {
  fisheries: {
    key: 'nav.fisheries',
    holds: {
      ja: ['漁獲量と養殖生産量の推移', '日本向け水産物輸出とマナド〜成田の直行貨物便', 'ビトゥン（Bitung）の加工工場と経済特区'],
      id: ['Produksi perikanan tangkap dan budi daya', 'Ekspor perikanan ke Jepang dan kargo langsung Manado–Narita', 'Unit pengolahan ikan dan KEK Bitung'],
      en: ['Capture and aquaculture production over time', 'Fishery exports to Japan and direct cargo from Manado to Narita', 'Bitung’s processing plants and special economic zone'],
    },
  },
  mining: {
    key: 'nav.mining',
    holds: {
      ja: ['トカ・ティンドゥン（Toka Tindung）金鉱山の生産量', '住民採掘区域と水銀削減', '貴金属の輸出'],
      id: ['Produksi emas tambang Toka Tindung', 'Wilayah pertambangan rakyat dan pengurangan merkuri', 'Ekspor logam mulia'],
      en: ['Gold output at the Toka Tindung mine', 'Community mining areas and mercury reduction', 'Precious-metal exports'],
    },
  },
  tourism: {
    key: 'nav.tourism',
    holds: {
      ja: ['外国人訪問者数（二つの統計を別々に）', 'ホテル稼働率', 'リクパン（Likupang）経済特区の投資：表明額と実現額'],
      id: ['Kunjungan wisatawan mancanegara (dua seri terpisah)', 'Tingkat penghunian kamar hotel', 'Investasi KEK Likupang: klaim dan realisasi'],
      en: ['Foreign arrivals (two series kept apart)', 'Hotel occupancy', 'KEK Likupang investment: claimed and realised'],
    },
  },
  'work-in-japan': {
    key: 'nav.labour',
    holds: {
      ja: ['日本で働くインドネシア人の数', '技能実習と特定技能', '北スラウェシ州からの送り出し'],
      id: ['Jumlah pekerja Indonesia di Jepang', 'Magang dan Tokutei Ginou', 'Penempatan dari Sulawesi Utara'],
      en: ['Indonesian workers in Japan', 'Technical internships and Specified Skilled Workers', 'North Sulawesi’s own pipeline'],
    },
  },
  economy: {
    key: 'nav.economy',
    holds: {
      ja: ['域内総生産（GRDP）と成長率', '人口', '最低賃金、輸出、投資'],
      id: ['PDRB dan pertumbuhan ekonomi', 'Penduduk', 'Upah minimum, ekspor, dan investasi'],
      en: ['GRDP and growth', 'Population', 'Minimum wage, exports and investment'],
    },
  },
  invest: {
    key: 'nav.invest',
    holds: {
      ja: ['投資家向けガイド', '投資機会のプロフィール', '北スラウェシ州と日本の協力の年表'],
      id: ['Panduan investor', 'Profil peluang investasi', 'Lini masa kerja sama Sulawesi Utara–Jepang'],
      en: ['Investor guide', 'Investment opportunity profiles', 'North Sulawesi–Japan cooperation timeline'],
    },
  },
  search: {
    key: 'nav.search',
    holds: {
      ja: ['日本語・インドネシア語・英語でのサイト内検索'],
      id: ['Pencarian di seluruh situs dalam tiga bahasa'],
      en: ['Site-wide search in three languages'],
    },
  },
};

