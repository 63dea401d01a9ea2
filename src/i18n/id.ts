import type { UiDictionary } from './index';

/** Indonesian UI strings (formal, EYD). Keys must match `en.ts`; see parity.test.ts. */
export default {
  'site.name': 'Sulut Atlas',
  'site.tagline': 'Sulawesi Utara dan Jepang dalam angka bersumber',
  'site.description':
    'Jurnalisme data bersumber tentang Sulawesi Utara dan hubungannya dengan Jepang: perikanan, emas, pariwisata, kerja di Jepang, dan ekonomi.',

  'a11y.skipToContent': 'Langsung ke isi',
  'a11y.mainNav': 'Bagian utama',
  'a11y.breadcrumb': 'Remah roti',
  'a11y.languageSwitcher': 'Bahasa',
  'a11y.menu': 'Menu',

  'nav.home': 'Beranda',
  'nav.fisheries': 'Perikanan & kelautan',
  'nav.mining': 'Emas & tambang',
  'nav.tourism': 'Pariwisata',
  'nav.labour': 'Kerja di Jepang',
  'nav.economy': 'Ekonomi',
  'nav.data': 'Data',
  'nav.news': 'Berita',
  'nav.invest': 'Investasi',
  'nav.about': 'Tentang',
  'nav.search': 'Cari',

  'lang.chooseTitle': 'Pilih bahasa',
  'lang.suggested': 'Saran dari peramban Anda',
  'lang.current': 'Bahasa saat ini',
  'lang.missingTranslation': 'belum diterjemahkan: ke {page}',
  'lang.notTranslatedNotice': 'Halaman asal Anda belum tersedia dalam bahasa Indonesia. Ini halaman terdekat yang tersedia.',

  'home.lede':
    'Bukti di balik agenda yang dibahas Sulawesi Utara dengan perusahaan berjejaring Jepang pada Februari 2026: tenaga kerja ke Jepang, ekspor ikan dan lobster, emas, pariwisata, dan investasi.',
  'home.latestNews': 'Berita terbaru',
  'home.sectors': 'Sektor',
  'home.featuredData': 'Data pilihan',
  'home.allNews': 'Semua berita',
  'home.allData': 'Semua dataset',

  'section.comingSoon': 'Bagian ini sedang disusun',
  'section.willHold': 'Yang akan dimuat bagian ini',
  'section.meanwhile': 'Sementara itu, angka bersumber untuk sektor ini tersedia di katalog data.',

  'footer.licence':
    'Teks dan grafik: CC BY 4.0. Data mengikuti lisensi sumbernya; kode wilayah dan koordinat pulau dari idn-area-data (ODbL).',
  'footer.sources': 'Setiap angka ditautkan ke sumbernya.',
  'footer.allSources': 'Semua sumber',
  'footer.downloads': 'Unduhan data',
  'footer.contact': 'Kontak dan koreksi',
  'footer.about': 'Tentang Sulut Atlas',

  'data.catalogueTitle': 'Katalog data',
  'data.catalogueLede': 'Semua dataset di balik angka di situs ini, lengkap dengan sumber, catatan, dan unduhan.',
  'data.observations': 'Observasi',
  'data.period': 'Periode',
  'data.region': 'Wilayah',
  'data.series': 'Seri',
  'data.value': 'Nilai',
  'data.unit': 'Satuan',
  'data.source': 'Sumber',
  'data.sources': 'Sumber',
  'data.grade': 'Peringkat',
  'data.grade.A': 'A: data resmi atau laporan perusahaan',
  'data.grade.B': 'B: berita yang mengutip pejabat',
  'data.grade.C': 'C: sumber sekunder',
  'data.notes': 'Catatan',
  'data.caveats': 'Apa yang dihitung dan tidak dihitung',
  'data.gaps': 'Kekosongan data yang diketahui',
  'data.licence': 'Lisensi',
  'data.lastVerified': 'Terakhir diperiksa',
  'data.accessed': 'diakses {date}',
  'data.published': 'terbit {date}',
  'data.download': 'Unduh',
  'data.coverage': 'Cakupan',
  'data.conflicts': 'Ketika sumber berbeda',
  'data.version': 'Versi',
  'data.unknown': 'Tidak diketahui',

  'news.title': 'Berita',
  'news.lede': 'Laporan dan penjelasan tentang Sulawesi Utara dan Jepang; setiap angka tertaut ke datasetnya.',
  'news.by': 'Oleh {author}',
  'news.published': 'Terbit',
  'news.updated': 'Diperbarui',
  'news.sources': 'Sumber',
  'news.otherLanguages': 'Tersedia juga dalam',
  'news.readingTime': '{minutes} menit baca',
  'news.kind.news': 'Berita',
  'news.kind.explainer': 'Penjelasan',
  'news.kind.analysis': 'Analisis',

  'sector.fisheries': 'Perikanan & kelautan',
  'sector.mining': 'Emas & tambang',
  'sector.tourism': 'Pariwisata',
  'sector.labour': 'Kerja di Jepang',
  'sector.economy': 'Ekonomi',

  'about.title': 'Tentang Sulut Atlas',
  'invest.title': 'Berinvestasi di Sulawesi Utara',
  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat ini tidak mengarah ke halaman mana pun. Coba beranda atau katalog data.',
  // ── data desk (datasets, citations, downloads, <Fig>) ──

  // ── charts ──

  // ── maps ──

  // ── news desk and search ──

  // ── quality (accessibility, security) ──

  // ── sector hubs, opportunities, timeline, investor guide ──
} satisfies UiDictionary;
