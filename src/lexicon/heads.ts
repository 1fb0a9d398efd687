import type { EntityType } from '../types.js';

// Closed classes of head words the entity rules (and the word-class table) use, in normalized form.

// Role nouns that introduce a name like a title does (المدرب البرتغالي روي كاريلو, الناشط يزن …).
export const ROLE_NOUNS = new Set(
  `المدرب مدرب الناشط الناشطه الخبير الخبيره الباحث الباحثه المحلل المحلله المحامي المحاميه الطبيب الطبيبه الطالب
  الطالبه الشاعر الكاتب الكاتبه الفنان الفنانه اللاعب اللاعبه لاعب المهاجم المدافع الحارس المدير مدير المديره مديره
  المتحدث المتحدثه الناطق الناطقه المراسل المراسله البطل البطله صاحب صاحبه المستشار مستشار الاستاذ استاذ الدكتور
  الدكتوره المهندس المهندسه رييس رييسه الرييس الرييسه نايب نايبه عضو عضوه المسوول السفير السفيره الامين امين
  المبعوث مبعوث الشيخ الشيخه القاضي المدعي المفتي الداعيه الاعلامي الاعلاميه الصحفي الصحفيه الروايي المخرج الممثل
  الممثله المغني المغنيه رجل سيده الكابتن نظيره نظيرته نظيرها`
    .split(/\s+/)
    .filter(Boolean),
);


// Institution words: strong ones make an organization with any definite name after them; weak ones
// need something specific in the name (a proper noun, a nisba, a known entity).
export const STRONG_ORG_HEADS = new Set(['وزاره', 'رياسه', 'هييه', 'حركه', 'حزب', 'جامعه', 'وكاله', 'منظمه', 'جمعيه', 'موسسه', 'شركه', 'صحيفه', 'قناه', 'نقابه', 'جبهه', 'تنظيم', 'سفاره', 'قنصليه', 'محكمه', 'بلديه', 'نادي', 'جماعه', 'ايتلاف', 'تحالف', 'كتايب', 'سرايا', 'الويه', 'لواء']);
export const WEAK_ORG_HEADS = new Set(['جهاز', 'كتيبه', 'فيلق', 'مجلس', 'لجنه', 'مركز', 'معهد', 'مجموعه', 'اتحاد', 'بنك', 'مصرف', 'صندوق', 'غرفه', 'رابطه', 'مديريه', 'دايره', 'اداره', 'كليه', 'اكاديميه', 'مكتب', 'برلمان', 'مجمع', 'مصنع', 'شبكه', 'مجله', 'شرطه', 'امانه', 'اماره']);
// The bodies of a region or a city (شرطة جدة، أمانة منطقة الرياض، إمارة منطقة الباحة): heads without the article only.
export const REGION_BODY_HEADS = new Set(['شرطه', 'امانه', 'اماره']);
// Place words: the name after them (not the word itself) is the entity.
export const PLACE_HEADS = new Map<string, EntityType>([
  ['مدينه', 'CITY'], ['بلده', 'CITY'], ['قريه', 'CITY'], ['مخيم', 'CITY'], ['حي', 'CITY'], ['ضاحيه', 'CITY'], ['مدن', 'CITY'],
  ['محافظه', 'LOCATION'], ['ولايه', 'LOCATION'], ['اقليم', 'LOCATION'], ['مقاطعه', 'LOCATION'], ['جزيره', 'LOCATION'],
  ['نهر', 'LOCATION'], ['جبل', 'LOCATION'], ['وادي', 'LOCATION'], ['معبر', 'LOCATION'], ['مطار', 'LOCATION'], ['ميناء', 'LOCATION'],
  ['بحيره', 'LOCATION'], ['هضبه', 'LOCATION'], ['سهل', 'LOCATION'], ['صحراء', 'LOCATION'], ['قاعده', 'LOCATION'],
  // districts and areas: مديرية لودر, منطقة صرواح, ناحية, قضاء (Iraq), مثلث العند
  ['مديريه', 'LOCATION'], ['منطقه', 'LOCATION'], ['ناحيه', 'LOCATION'], ['قضاء', 'LOCATION'], ['مثلث', 'LOCATION'],
]);


export const ORG_HEADS = new Set([...STRONG_ORG_HEADS, ...WEAK_ORG_HEADS]);
// أبو in its three cases, and أم: a kunya (أبو سياف, أبا سياف, أبي سياف, أم سياف) is a person's name
export const KUNYA_WORDS = new Set(['ابو', 'ابا', 'ابي', 'ام']);
// The same words with the article: المديرية العامة للدفاع المدني, المركز الوطني للأرصاد
// الجيش الإسرائيلي, القوات المسلحة المصرية: a country's armed forces
export const ARMY_HEADS = new Set(['الجيش', 'القوات']);
// (not الأمانة، الإمارة، الشرطة: alone, with the article, they are the body the text spoke of)
export const DEFINITE_ORG_HEADS = new Set([...[...ORG_HEADS].filter((w) => !REGION_BODY_HEADS.has(w)).map((w) => 'ال' + w), ...ARMY_HEADS]);
export const PLACE_HEAD_WORDS = new Set(PLACE_HEADS.keys());

/** Words right before an ambiguous name that say what kind of name it is. */
// Words before a club's name that tell of a club only in a report on sport (a document with several
// sports words, context.ts): رئيس الهلال, فاز النصر على الاتحاد. Elsewhere رئيس الجمهورية and أمام
// القاعدة say nothing of a club.
export const SPORTS_TRIGGERS = new Set(
  `اداره رييس امام علي ضد مع بين لصالح مباراه لقاء مواجهه
   فوز بفوز خساره تعادل مهاجم لاعب لاعبي لاعبو مدرب حارس جماهير مشجعي ناديي فريقي يجمع سيجمع جمع خاضهما خاضها`
    .split(/\s+/)
    .filter(Boolean),
);

// The people and the governor of a place (أهالي الشرقية, محافظ الخبر): they vouch only for a place the
// curated lexicons list (أهالي الحي are a neighbourhood's residents, not Al-Hayy's of the world list)
export const CURATED_PLACE_TRIGGERS = new Set(['اهالي', 'محافظ']);

export const TRIGGERS: Record<string, EntityType[]> = {
  وكالة: ['ORGANIZATION'], صحيفة: ['ORGANIZATION'], جريدة: ['ORGANIZATION'], قناة: ['ORGANIZATION'], شبكة: ['ORGANIZATION'],
  موقع: ['ORGANIZATION'], نادي: ['ORGANIZATION'], فريق: ['ORGANIZATION'], حزب: ['ORGANIZATION'], حركة: ['ORGANIZATION'],
  جماعة: ['ORGANIZATION'], شركة: ['ORGANIZATION'], مجموعة: ['ORGANIZATION'], منظمة: ['ORGANIZATION'], هيئة: ['ORGANIZATION'],
  مؤسسة: ['ORGANIZATION'], جمعية: ['ORGANIZATION'], مجلة: ['ORGANIZATION'], إذاعة: ['ORGANIZATION'], تلفزيون: ['ORGANIZATION'],
  بنك: ['ORGANIZATION'], مصرف: ['ORGANIZATION'], تنظيم: ['ORGANIZATION'], ميليشيا: ['ORGANIZATION'], مليشيا: ['ORGANIZATION'],
  // the game's people and its results introduce clubs anywhere: لاعب الهلال, تعادل الأهلي مع مضيفه الاتفاق
  مدرب: ['ORGANIZATION'], لاعب: ['ORGANIZATION'], لاعبو: ['ORGANIZATION'], لاعبي: ['ORGANIZATION'], مشجعو: ['ORGANIZATION'],
  مشجعي: ['ORGANIZATION'], جماهير: ['ORGANIZATION'], مهاجم: ['ORGANIZATION'], مدافع: ['ORGANIZATION'], حارس: ['ORGANIZATION'],
  فاز: ['ORGANIZATION'], وفاز: ['ORGANIZATION'], تعادل: ['ORGANIZATION'], وتعادل: ['ORGANIZATION'], تغلب: ['ORGANIZATION'], وتغلب: ['ORGANIZATION'],
  خسر: ['ORGANIZATION'], وخسر: ['ORGANIZATION'], مضيفه: ['ORGANIZATION'], ضيفه: ['ORGANIZATION'], منافسه: ['ORGANIZATION'],
  مدينة: ['CITY'], بلدة: ['CITY'], قرية: ['CITY'], محافظة: ['CITY', 'LOCATION'], ولاية: ['CITY', 'LOCATION'],
  العاصمة: ['CITY'], عاصمة: ['CITY'], مدن: ['CITY'], بلدات: ['CITY'], ميناء: ['CITY', 'LOCATION'], مطار: ['CITY', 'LOCATION'],
  منطقة: ['LOCATION', 'CITY'], إقليم: ['LOCATION'], هضبة: ['LOCATION'], جبل: ['LOCATION'], جبال: ['LOCATION'], بحر: ['LOCATION'],
  نهر: ['LOCATION'], جزيرة: ['LOCATION'], جزر: ['LOCATION'], صحراء: ['LOCATION'], وادي: ['LOCATION'], مضيق: ['LOCATION'],
  خليج: ['LOCATION'], سهل: ['LOCATION'], دولة: ['COUNTRY'], جمهورية: ['COUNTRY'], مملكة: ['COUNTRY'], بلاد: ['COUNTRY'],
  المنظومة: ['WEAPON'], منظومة: ['WEAPON'], صواريخ: ['WEAPON'], صاروخ: ['WEAPON'], طائرة: ['WEAPON'], طائرات: ['WEAPON'],
  طراز: ['WEAPON'], منظومات: ['WEAPON'], مروحية: ['WEAPON'], مروحيات: ['WEAPON'], قاذفات: ['WEAPON'], مقاتلات: ['WEAPON'], مقاتلة: ['WEAPON'], دبابات: ['WEAPON'], دبابة: ['WEAPON'], مسيرة: ['WEAPON'], مسيرات: ['WEAPON'],
};
