import type { UiDictionary } from './index';

/** Japanese UI strings. Keys must match `en.ts`; see parity.test.ts. */
export default {
  'site.name': 'Sulut Atlas',
  'site.tagline': '数字で見る北スラウェシ州と日本（出典つき）',
  'site.description':
    'インドネシア・北スラウェシ州と日本とのつながりを、出典つきのデータで伝えるサイト。水産、金、観光、日本での就労、経済。',

  'a11y.skipToContent': '本文へ移動',
  'a11y.mainNav': '主なセクション',
  'a11y.breadcrumb': 'パンくずリスト',
  'a11y.languageSwitcher': '言語',
  'a11y.menu': 'メニュー',

  'nav.home': 'ホーム',
  'nav.fisheries': '水産・海洋',
  'nav.mining': '金・鉱業',
  'nav.tourism': '観光',
  'nav.labour': '日本で働く',
  'nav.economy': '経済',
  'nav.data': 'データ',
  'nav.news': 'ニュース',
  'nav.invest': '投資',
  'nav.about': 'このサイトについて',
  'nav.search': '検索',

  'lang.chooseTitle': '言語を選択',
  'lang.suggested': 'ブラウザの設定からのおすすめ',
  'lang.current': '現在の言語',
  'lang.missingTranslation': '未翻訳：{page}へ移動',
  'lang.notTranslatedNotice': '元のページには日本語版がありません。最も近い日本語のページを表示しています。',

  'home.lede':
    '2026年2月、北スラウェシ州政府は日本とつながりのある企業と、日本への人材送り出し、魚やロブスターの輸出、金、観光、投資について協議した。その議題を、データで検証する。',
  'home.latestNews': '最新ニュース',
  'home.sectors': '分野',
  'home.featuredData': '注目のデータ',
  'home.allNews': 'ニュース一覧',
  'home.allData': 'データセット一覧',

  'section.comingSoon': 'このセクションは準備中です',
  'section.willHold': 'このセクションに掲載予定の内容',
  'section.meanwhile': 'この分野の出典つきの数値は、データカタログでご覧いただけます。',

  'footer.licence':
    '本文とグラフ：CC BY 4.0。データは各出典のライセンスに従います。地域コードと島の座標は idn-area-data（ODbL）による。',
  'footer.sources': 'すべての数値に出典へのリンクがあります。',
  'footer.allSources': '出典一覧',
  'footer.downloads': 'データのダウンロード',
  'footer.contact': 'お問い合わせ・訂正',
  'footer.about': 'Sulut Atlasについて',

  'data.catalogueTitle': 'データカタログ',
  'data.catalogueLede': 'このサイトの数値の元になったすべてのデータセット。出典、注意点、ダウンロードつき。',
  'data.observations': '観測値',
  'data.period': '期間',
  'data.region': '地域',
  'data.series': '系列',
  'data.value': '値',
  'data.unit': '単位',
  'data.source': '出典',
  'data.sources': '出典',
  'data.grade': '信頼度',
  'data.grade.A': 'A：公的機関・企業の公表資料',
  'data.grade.B': 'B：当局者の発言を引用した報道',
  'data.grade.C': 'C：二次資料',
  'data.notes': '注記',
  'data.caveats': 'この数値が示すもの・示さないもの',
  'data.gaps': '判明しているデータの欠落',
  'data.licence': 'ライセンス',
  'data.lastVerified': '最終確認日',
  'data.accessed': '{date}閲覧',
  'data.published': '{date}公表',
  'data.download': 'ダウンロード',
  'data.coverage': '対象範囲',
  'data.conflicts': '出典による数値の相違',
  'data.version': '版',
  'data.unknown': '不明',

  'news.title': 'ニュース',
  'news.lede': '北スラウェシ州と日本に関する報道と解説。すべての数値はデータセットにリンクしています。',
  'news.by': '{author}',
  'news.published': '公開',
  'news.updated': '更新',
  'news.sources': '出典',
  'news.otherLanguages': '他の言語',
  'news.readingTime': '{minutes}分で読めます',
  'news.kind.news': 'ニュース',
  'news.kind.explainer': '解説',
  'news.kind.analysis': '分析',

  'sector.fisheries': '水産・海洋',
  'sector.mining': '金・鉱業',
  'sector.tourism': '観光',
  'sector.labour': '日本で働く',
  'sector.economy': '経済',

  'about.title': 'Sulut Atlasについて',
  'invest.title': '北スラウェシ州への投資',
  'notFound.title': 'ページが見つかりません',
  'notFound.body': 'このアドレスのページはありません。ホームまたはデータカタログをお試しください。',
  // ── data desk (datasets, citations, downloads, <Fig>) ──

  // ── charts ──

  // ── maps ──

  // ── news desk and search ──

  // ── quality (accessibility, security) ──

  // ── sector hubs, opportunities, timeline, investor guide ──
} satisfies UiDictionary;
