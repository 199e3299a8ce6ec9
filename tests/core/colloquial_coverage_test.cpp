// How real NGOs write: terse, colloquial target groups and requests, with abbreviations, slang,
// typos and ё/е variants, each with the categories a person reading it would give. Written before
// the phrase lists were extended to cover them, so the lists follow the way people write and not
// the other way round. Expected categories are a set (most specific only, implied ones included).

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <practice/taxonomy.hpp>

using namespace practice;

namespace {

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

std::vector<std::string> sorted(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

// One CHECK per phrase, so a run counts the misses.
void check_all(const Taxonomy& taxonomy, const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(sorted(taxonomy.categorize(c.text)) == sorted(c.expected));
  }
}

}  // namespace

TEST_CASE("target groups written the way NGOs write them: kinship", "[text][coverage]") {
  check_all(Taxonomy::builtin(), {
      {"мамы особенных детей", {"children", "families", "disability"}},
      {"папы особенных детей", {"children", "families", "disability"}},
      {"мамочки малышей с синдромом Дауна", {"children", "families", "intellectual"}},
      {"бабушки и дедушки, воспитывающие внуков с инвалидностью", {"elderly", "families", "children", "disability"}},
      {"опекуны детей с ОВЗ", {"families", "orphans", "children", "disability"}},
      {"приемные мамы", {"families", "orphans"}},
      {"семьи, взявшие детей под опеку", {"families", "children", "orphans"}},
      {"семьи, где растёт ребёнок с аутизмом", {"families", "children", "autism"}},
      {"родители детей-колясочников", {"families", "children", "musculoskeletal"}},
      {"братья и сёстры особых детей", {"families", "children", "disability"}},
      {"жёны участников СВО", {"adults", "families", "veterans"}},
      {"дети участников СВО", {"children", "veterans"}},
      {"семьи мобилизованных", {"adults", "families", "veterans"}},
      {"родственники лежачих больных", {"caregivers", "palliative"}},
      {"ухаживающие за пожилыми родственниками", {"elderly", "caregivers"}},
      {"родные людей с деменцией", {"families", "dementia"}},
      {"дети-инвалиды и их мамы", {"children", "families", "disability"}},
      {"семьи, воспитывающие детей с аутизмом, из сельской местности", {"families", "children", "autism", "rural"}},
  });
}

TEST_CASE("target groups written the way NGOs write them: age words", "[text][coverage]") {
  check_all(Taxonomy::builtin(), {
      {"малыши до трёх лет", {"early_childhood"}},
      {"малыши с ЗПР", {"children", "intellectual"}},
      {"школьники 7-11 лет", {"children"}},
      {"дошколята", {"children"}},
      {"ребята 14-17 лет", {"teenagers"}},
      {"ребята после 18 с инвалидностью", {"youth", "disability"}},
      {"пенсионеры", {"elderly"}},
      {"пенсеонеры", {"elderly"}},
      {"старики в деревнях", {"elderly", "rural"}},
      {"пожилые люди 65+", {"elderly"}},
      {"люди старшего возраста", {"elderly"}},
      {"бабушки и дедушки из сёл", {"elderly", "rural"}},
      {"студенты колледжей с инвалидностью", {"youth", "disability"}},
      {"взрослые люди с аутизмом", {"adults", "autism"}},
      {"пожилые с деменцией", {"elderly", "dementia"}},
      {"пожилые жильцы, которые стали забывать", {"elderly", "dementia"}},
      {"бабушка начала путаться", {"elderly", "dementia"}},
      {"незрячие пенсионеры", {"elderly", "vision"}},
  });
}

TEST_CASE("target groups written the way NGOs write them: disability words", "[text][coverage]") {
  check_all(Taxonomy::builtin(), {
      {"колясочники", {"musculoskeletal"}},
      {"инвалиды-колясочники", {"musculoskeletal"}},
      {"инвалиды колясачники", {"musculoskeletal"}},
      {"люди на колясках", {"musculoskeletal"}},
      {"инвалиды-опорники", {"musculoskeletal"}},
      {"дети со спинальной мышечной атрофией (СМА)", {"children", "musculoskeletal"}},
      {"люди после инсульта", {"musculoskeletal"}},
      {"дети с ОВЗ", {"children", "disability"}},
      {"ребёнок с РАС", {"children", "autism"}},
      {"детей с аутизом", {"children", "autism"}},
      {"аутята и их родители", {"children", "families", "autism"}},
      {"аутичные дети", {"children", "autism"}},
      {"ребята с синдромом Аспергера", {"autism"}},
      {"детки с ДЦП", {"children", "cerebral_palsy"}},
      {"дети с ДЦП и ТМНР", {"children", "cerebral_palsy", "tmnr"}},
      {"дети с ТМНР", {"children", "tmnr"}},
      {"дети с СДВГ", {"children", "disability"}},
      {"синдромные детки", {"children", "disability"}},
      {"неговорящие дети", {"children", "disability"}},
      {"дети с задержкой психического развития", {"children", "intellectual"}},
      {"дети с умственной отсталостью", {"children", "intellectual"}},
      {"люди с ментальными особенностями", {"intellectual"}},
      {"взрослые с ментальной инвалидностью", {"adults", "intellectual"}},
      {"люди с психическими расстройствами", {"intellectual"}},
      {"ребенок с синдромом Дауна", {"children", "intellectual"}},
      {"слабослышащие школьники", {"children", "hearing"}},
      {"глухие и слабослышащие взрослые", {"adults", "hearing"}},
      {"инвалиды по слуху", {"hearing"}},
      {"незрячие и слабовидящие", {"vision"}},
      {"слабовидящии", {"vision"}},
      {"инвалиды по зрению", {"vision"}},
      {"лежачие больные", {"palliative"}},
      {"лежачие пенсионеры", {"elderly", "palliative"}},
      {"люди с болезнью Альцгеймера", {"dementia"}},
      {"люди с особенностями развития", {"disability"}},
      {"особенные взрослые", {"adults", "disability"}},
      {"ребёнок-инвалид", {"children", "disability"}},
      {"люди с инвалидностью 1 группы", {"disability"}},
  });
}

TEST_CASE("target groups written the way NGOs write them: social groups", "[text][coverage]") {
  check_all(Taxonomy::builtin(), {
      {"выпускники детдомов", {"youth", "orphans"}},
      {"воспитанники ЦССВ", {"children", "orphans"}},
      {"выпускники интернатов и ЦССВ", {"youth", "orphans"}},
      {"дети-сироты", {"children", "orphans"}},
      {"семьи в СОП", {"families", "crisis"}},
      {"семьи в социально опасном положении", {"families", "crisis"}},
      {"семьи в ТЖС", {"families", "crisis"}},
      {"неблагополучные семьи", {"families", "crisis"}},
      {"дети из неблагополучных семей", {"children", "families", "crisis"}},
      {"многодетные семьи", {"families"}},
      {"малоимущие семьи", {"families", "crisis"}},
      {"малообеспеченные пенсионеры", {"elderly", "crisis"}},
      {"женщины, пострадавшие от домашнего насилия", {"adults", "crisis"}},
      {"бездомные", {"crisis"}},
      {"люди без определённого места жительства", {"crisis"}},
      {"одинокие старики", {"elderly", "lonely"}},
      {"одиноко проживающие пожилые", {"elderly", "lonely"}},
      {"пожилые одинокие, живущие в деревне", {"elderly", "lonely", "rural"}},
      {"жители отдалённых деревень", {"rural"}},
      {"люди из деревень", {"rural"}},
      {"сельские школьники", {"children", "rural"}},
      {"участники СВО и их семьи", {"adults", "families", "veterans"}},
      {"ветераны СВО с ампутациями", {"adults", "veterans", "musculoskeletal"}},
      {"вернувшиеся с СВО", {"adults", "veterans"}},
      {"бойцы, вернувшиеся с фронта", {"adults", "veterans"}},
      {"подростки группы риска", {"teenagers", "at_risk_teens"}},
      {"трудные подростки", {"teenagers", "at_risk_teens"}},
      {"подростки, состоящие на учёте", {"teenagers", "at_risk_teens"}},
      {"ребята, состоящие на учете в ПДН", {"teenagers", "at_risk_teens"}},
      {"подростки на ВШУ", {"teenagers", "at_risk_teens"}},
      {"волонтёры", {"volunteers"}},
      {"добровольцы-пенсионеры", {"elderly", "volunteers"}},
      {"педагоги и психологи", {"specialists"}},
      {"соцработники", {"specialists"}},
      {"люди с онкологией", {"palliative"}},
      {"неизлечимо больные дети", {"children", "palliative"}},
      {"паллиативные дети", {"children", "palliative"}},
      {"дети на ИВЛ", {"children", "palliative"}},
  });
}

TEST_CASE("requests written the way NGOs write them map onto kinds of help", "[text][coverage]") {
  check_all(Taxonomy::services(), {
      {"Нужна передышка для мам", {"respite"}},
      {"Хотим, чтоб мама могла выдохнуть хоть пару часов", {"respite"}},
      {"нужен присмотр за бабушкой, пока я на работе", {"respite"}},
      {"хотим, чтобы кто-то посидел с ребёнком пару часов", {"respite"}},
      {"Хотим, чтобы ребята работали, а не сидели дома", {"employment"}},
      {"нужно помочь устроиться на работу", {"employment"}},
      {"нужна помощь с трудоустройством выпускников", {"employment"}},
      {"хотим, чтобы ребята получили профессию", {"vocational"}},
      {"хотим профориентацию для старшеклассников", {"vocational"}},
      {"нужна мастерская, где ребята что-то делают руками", {"workshops"}},
      {"нужна дневная занятость для взрослых ребят", {"workshops"}},
      {"хотим огород и теплицу", {"workshops"}},
      {"нужна тренировочная квартира", {"housing"}},
      {"ищем приют для мамы с детьми, муж бьёт", {"crisis_help", "housing"}},
      {"нужна горячая линия", {"crisis_help"}},
      {"Нужен транспорт до райцентра", {"transport"}},
      {"некому возить детей на занятия в город", {"transport"}},
      {"социальное такси до больницы", {"transport"}},
      {"Нужна группа взаимной поддержки для родителей", {"peer_support"}},
      {"хотим, чтобы мамы общались и поддерживали друг друга", {"peer_support"}},
      {"нужен дневной центр, куда отвести ребёнка на день", {"day_care"}},
      {"хотим ранней помощи для малышей", {"early_help"}},
      {"нужна реабилитация после инсульта", {"rehabilitation"}},
      {"нужна реабелитация", {"rehabilitation"}},
      {"ищем, где заниматься ЛФК", {"rehabilitation"}},
      {"нужна помощь логопеда", {"rehabilitation"}},
      {"нужна иппотерапия", {"rehabilitation"}},
      {"хотим секцию плавания", {"sport"}},
      {"нужен адаптивный спорт", {"sport"}},
      {"хотим открыть кружок рисования", {"culture"}},
      {"хотим театральную студию", {"culture"}},
      {"нужен тьютор в школу", {"education"}},
      {"нужен тьютер", {"education"}},
      {"хотим, чтобы ребёнка взяли в обычный садик", {"education"}},
      {"хотим научить бабушек пользоваться смартфоном", {"digital"}},
      {"научить пользоваться госуслугами", {"digital"}},
      {"нужна помощь на дому для лежачих", {"home_care"}},
      {"нужна сиделка на несколько часов", {"home_care"}},
      {"научить маму ухаживать за лежачим папой", {"home_care"}},
      {"ищем хоспис", {"palliative"}},
      {"помочь с обезболиванием", {"palliative"}},
      {"нужен пандус в подъезде", {"accessibility"}},
      {"хотим набрать и обучить волонтёров", {"volunteering"}},
      {"хотим летний лагерь для особых детей", {"leisure"}},
      {"организовать поездки и экскурсии", {"leisure"}},
      {"нужно, чтобы кто-то навещал одиноких бабушек", {"loneliness"}},
      {"чтобы пожилым было с кем поговорить", {"loneliness"}},
      {"хотим школу для приёмных родителей", {"family_training"}},
      {"нужен наставник для выпускника детдома", {"mentoring"}},
      {"нужны ходунки и коляска напрокат", {"equipment"}},
      {"ищем психолога для мам", {"medical"}},
      {"хотим онлайн-консультации врача", {"medical"}},
      {"нужен сурдопереводчик", {"sign_language"}},
      {"хотим курсы жестового языка", {"sign_language"}},
  });
}

// A second batch, written after the lists were extended for the first and before it was run.
TEST_CASE("target groups written the way NGOs write them: a second batch", "[text][coverage]") {
  check_all(Taxonomy::builtin(), {
      {"ребенок-аутист", {"children", "autism"}},
      {"люди с нарушением интеллекта", {"intellectual"}},
      {"люди с психиатрическим диагнозом", {"intellectual"}},
      {"глухонемые", {"hearing"}},
      {"слепоглухие люди", {"hearing", "vision"}},
      {"дети с тяжёлыми нарушениями речи", {"children", "disability"}},
      {"женщины в трудной ситуации", {"adults", "crisis"}},
      {"семьи в сложной жизненной ситуации", {"families", "crisis"}},
      {"освободившиеся из мест лишения свободы", {"crisis"}},
      {"беженцы и вынужденные переселенцы", {"crisis"}},
      {"дети из многодетных семей", {"children", "families"}},
      {"дети из малообеспеченных семей", {"children", "families", "crisis"}},
      {"семьи с низким доходом", {"families", "crisis"}},
      {"сельчане", {"rural"}},
      {"жители отдаленных поселков", {"rural"}},
      {"семьи погибших участников СВО", {"adults", "families", "veterans"}},
      {"вдовы участников СВО", {"adults", "families", "veterans"}},
      {"инвалиды боевых действий", {"adults", "veterans", "disability"}},
      {"ученики коррекционной школы", {"children", "disability"}},
      {"первоклассники", {"children"}},
      {"юноши и девушки с инвалидностью", {"youth", "disability"}},
      {"ребята 18+ с аутизмом", {"adults", "autism"}},
      {"пожилые люди, живущие одни", {"elderly", "lonely"}},
      {"люди преклонного возраста", {"elderly"}},
      {"труженики тыла и блокадники", {"elderly"}},
      {"семьи, где есть лежачий больной", {"families", "palliative"}},
      {"ухаживающие за ребёнком-инвалидом", {"caregivers", "children", "disability"}},
      {"мамы-одиночки", {"families"}},
      {"отцы-одиночки", {"families"}},
      {"отцы детей с инвалидностью", {"families", "children", "disability"}},
      {"волонтёры-студенты", {"youth", "volunteers"}},
      {"молодые мамы", {"youth", "families"}},
      {"маломобильные пожилые", {"elderly", "disability"}},
      {"семьи с детьми с ТМНР", {"families", "children", "tmnr"}},
      {"родители подростков с ментальными нарушениями", {"families", "teenagers", "intellectual"}},
  });
}

TEST_CASE("requests written the way NGOs write them: a second batch", "[text][coverage]") {
  check_all(Taxonomy::services(), {
      {"хотим, чтобы детей брали в обычную школу", {"education"}},
      {"хотим, чтобы родители не выгорали", {"peer_support"}},
      {"нужна няня на пару часов", {"respite"}},
      {"чтобы мамы могли отдохнуть", {"respite"}},
      {"нужен летний отдых для детей", {"leisure"}},
      {"нужно научить пользоваться тростью", {"rehabilitation"}},
      {"хотим компьютерные курсы для пенсионеров", {"digital"}},
      {"научить бабушек пользоваться телефоном", {"digital"}},
      {"хотим обучать родственников уходу", {"home_care"}},
      {"нужна поддержка психолога", {"medical"}},
      {"нужна аренда колясок", {"equipment"}},
      {"нужен бассейн для ребят", {"sport"}},
      {"нужен реабилитационный центр в районе", {"rehabilitation"}},
      {"негде переночевать", {"housing"}},
      {"хотим горячую линию для подростков", {"crisis_help"}},
      {"ищем работодателей для выпускников", {"employment"}},
      {"хотим сопровождаемое трудоустройство", {"employment"}},
      {"нужна группа дневного пребывания", {"day_care"}},
      {"хотим научить жестовому языку родителей", {"sign_language"}},
      {"нужен кризисный центр для женщин", {"crisis_help"}},
      {"нужен ресурсный класс", {"education"}},
      {"хотим фестиваль для особых детей", {"leisure"}},
      {"хотим, чтобы волонтёры навещали стариков", {"loneliness"}},
      {"нужен тифлокомментарий в музее", {"accessibility"}},
  });
}

// Known misses the phrase lists cannot fix without wronging other texts. Each CHECK_FALSE fails
// the day the miss is fixed: then move the case up into its list.
TEST_CASE("known misses of the phrase lists", "[text][coverage]") {
  const auto& groups = Taxonomy::builtin();
  using V = std::vector<std::string>;
  // «приёмная семья для пожилого человека» is a form of care for the elderly too (a corpus
  // practice), so «приёмные семьи» alone does not say the children are without parental care.
  CHECK_FALSE(sorted(groups.categorize("приёмные семьи")) == sorted(V{"families", "orphans"}));
  // «одинокий» is the word for lonely people; a phrase cannot exclude «одинокие мамы».
  CHECK_FALSE(sorted(groups.categorize("одинокие мамы с детьми")) == sorted(V{"families", "children"}));
  // «взрослые» also names adults; young adults get both youth and adults.
  CHECK_FALSE(sorted(groups.categorize("молодые взрослые с ментальными нарушениями")) == sorted(V{"youth", "intellectual"}));
  // «родителей» names families; a phrase cannot exclude «без попечения родителей».
  CHECK_FALSE(sorted(groups.categorize("дети, оставшиеся без попечения родителей")) == sorted(V{"children", "orphans"}));
  // «детский» names children («детский клуб»); a phrase cannot exclude «детских садов».
  CHECK_FALSE(sorted(groups.categorize("воспитатели детских садов")) == sorted(V{"specialists"}));
  // «на дому» is a stop word and «дом»: no phrase can carry it without matching every house.
  CHECK_FALSE(sorted(Taxonomy::services().categorize("хотим ЛФК и массаж на дому")) == sorted(V{"rehabilitation", "home_care"}));
  // A rehabilitation course for the blind also teaches to «жить самостоятельно»: no housing.
  CHECK_FALSE(Taxonomy::services().categorize("Научить жить самостоятельно") == V{"housing"});
}
