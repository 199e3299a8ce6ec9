#include <catch2/catch.hpp>

#include <algorithm>

#include <practice/categorize.hpp>
#include <practice/taxonomy.hpp>
#include <practice/thesaurus.hpp>

using namespace practice;

TEST_CASE("free-text target groups map onto the taxonomy", "[text]") {
  const auto& t = Taxonomy::builtin();
  using V = std::vector<std::string>;
  CHECK(t.categorize("дети с РАС") == V{"children", "autism"});
  CHECK(t.categorize("семьи, воспитывающие детей-инвалидов") == V{"children", "families", "disability"});
  CHECK(t.categorize("одинокие пожилые люди 70+ в сельских поселениях") == V{"elderly", "lonely", "rural"});
  CHECK(t.categorize("молодые люди 18–35 лет с ментальной инвалидностью") == V{"youth", "intellectual"});
}

TEST_CASE("«после 18» is young adults, not a time of day", "[text]") {
  const auto& t = Taxonomy::builtin();
  using V = std::vector<std::string>;
  CHECK(t.categorize("ребята после 18 с ментальной инвалидностью") == V{"youth", "intellectual"});
  CHECK(t.categorize("люди с ментальной инвалидностью, занятия после 18:00") == V{"intellectual"});
  CHECK(t.categorize("дети после 14 лет") == V{"children"});
}

TEST_CASE("«любого возраста» is every age band, unless the text names one", "[text]") {
  using V = std::vector<std::string>;
  const auto every = target_categories({"паллиативные пациенты любого возраста"});
  for (const char* age : {"children", "youth", "adults", "elderly"}) CHECK(std::find(every.begin(), every.end(), age) != every.end());
  CHECK(target_categories({"дети любого возраста с ДЦП"}) == V{"children", "cerebral_palsy"});
  // The home-care school of the corpus teaches relatives of bedridden patients of any age: it fits
  // those who look after the elderly.
  const auto& t = Taxonomy::builtin();
  CHECK(t.fit(t.categorize("старики, которые не встают"),
              target_categories({"родственники, ухаживающие на дому за лежачими пациентами любого возраста"})) == Approx(1.0));
}

TEST_CASE("«лишняя хромосома» is Down syndrome", "[text]") {
  const auto c = target_categories({"мамы и папы новорождённых с лишней хромосомой"});
  CHECK(std::find(c.begin(), c.end(), "intellectual") != c.end());
  CHECK(std::find(c.begin(), c.end(), "families") != c.end());
}

TEST_CASE("grown-up children are adults, not children", "[text]") {
  auto has = [](const std::vector<std::string>& v, const char* c) { return std::find(v.begin(), v.end(), c) != v.end(); };
  const auto grown = target_categories({"взрослые дети с умственной отсталостью"});
  CHECK(has(grown, "adults"));
  CHECK(has(grown, "intellectual"));
  CHECK_FALSE(has(grown, "children"));
  const auto working = target_categories({"их работающие дети"});
  CHECK(has(working, "adults"));
  CHECK_FALSE(has(working, "children"));
  const auto mothers = target_categories({"мамы взрослых детей с ДЦП"});
  CHECK(has(mothers, "families"));
  CHECK(has(mothers, "adults"));
  CHECK_FALSE(has(mothers, "children"));
  // A text that also names children as such keeps them.
  const auto both = target_categories({"дети и взрослые дети с аутизмом"});
  CHECK(has(both, "children"));
  CHECK(has(target_categories({"дети с аутизмом"}), "children"));
}

TEST_CASE("fit follows the hierarchy: autism > disability > elderly", "[match]") {
  const auto& t = Taxonomy::builtin();
  const auto wanted = t.categorize("дети с РАС");
  const double autism = t.fit(wanted, t.categorize("дети с аутизмом"));
  const double disabled = t.fit(wanted, t.categorize("дети-инвалиды"));
  const double elderly = t.fit(wanted, t.categorize("пожилые люди"));
  CHECK(autism == Approx(1.0));
  CHECK(disabled < autism);
  CHECK(elderly < disabled);
}

TEST_CASE("thesaurus joins abbreviations and synonyms", "[text]") {
  const auto& th = Thesaurus::builtin();
  auto alternatives = [&](const char* text) {
    auto e = th.expand(Thesaurus::terms(text));
    REQUIRE(e.size() == 1);
    return e[0].alternatives;
  };
  const auto ras = alternatives("РАС");
  CHECK(std::find(ras.begin(), ras.end(), Thesaurus::terms("аутизм")) != ras.end());
  const auto ovz = alternatives("лица с ограниченными возможностями здоровья");
  CHECK(std::find(ovz.begin(), ovz.end(), Thesaurus::terms("ОВЗ")) != ovz.end());
  const auto hands = alternatives("язык рук");
  CHECK(std::find(hands.begin(), hands.end(), Thesaurus::terms("жестовый язык")) != hands.end());
  const auto child = alternatives("ребёнка");
  CHECK(std::find(child.begin(), child.end(), Thesaurus::terms("дети")) != child.end());
}

TEST_CASE("a document's thesaurus phrases answer the concept of their group", "[text]") {
  const auto& th = Thesaurus::builtin();
  const auto terms = Thesaurus::terms("занятия для детей с расстройствами аутистического спектра и нарушениями слуха");
  std::vector<std::string> answered;
  for (const auto& o : th.occurrences(terms)) answered.insert(answered.end(), o.concepts->begin(), o.concepts->end());
  auto answers = [&](const char* query) {
    const auto e = th.expand(Thesaurus::terms(query));
    REQUIRE(e.size() == 1);
    for (const auto& key : *th.concepts(e[0].alternatives.front()))
      if (std::find(answered.begin(), answered.end(), key) != answered.end()) return true;
    return false;
  };
  // A query for any phrase of a group finds the document holding another phrase of it.
  CHECK(answers("РАС"));
  CHECK(answers("аутизм"));
  CHECK(answers("ребёнок"));
  CHECK(answers("глухота"));
  CHECK(answers("слабослышащие"));
  CHECK_FALSE(answers("ДЦП"));
  CHECK_FALSE(answers("пожилые"));
}

TEST_CASE("colloquial target groups map onto the taxonomy", "[text]") {
  const auto& t = Taxonomy::builtin();
  using V = std::vector<std::string>;
  CHECK(t.categorize("подростки из детдомов") == V{"teenagers", "orphans"});
  CHECK(t.categorize("одинокие бабушки и дедушки в деревнях") == V{"elderly", "lonely", "rural"});
  CHECK(t.categorize("ребята со слуховыми аппаратами 15–20 лет") == V{"youth", "hearing"});
  CHECK(t.categorize("солнечные дети") == V{"children", "intellectual"});
  CHECK(t.categorize("ослепшие пожилые люди") == V{"elderly", "vision"});
  // "уходит" is not care: a memory that goes is dementia.
  CHECK(t.categorize("пожилые, у которых уходит память") == V{"elderly", "dementia"});
  CHECK(t.categorize("дочери, которые ухаживают за мамой") == V{"caregivers"});
  CHECK(t.categorize("взрослые онкобольные на последней стадии") == V{"adults", "palliative"});
  CHECK(t.categorize("их родные") == V{"families"});
  CHECK(t.categorize("пожилые, которые плохо слышат") == V{"elderly", "hearing"});
  CHECK(t.categorize("подростки на учёте в ПДН") == V{"teenagers", "at_risk_teens"});
  CHECK(t.categorize("ребятишки, которые плохо ходят и не держат спину") == V{"children", "musculoskeletal"});
  CHECK(t.categorize("Родственники, осуществляющие уход за людьми с деменцией") == V{"caregivers", "dementia"});
  CHECK(t.categorize("выпускники 18-25 лет, которые не видят или видят плохо") == V{"youth", "vision"});
  CHECK(t.categorize("мужчины, вышедшие из колонии") == V{"adults", "crisis"});
  CHECK(t.categorize("люди с судимостью") == V{"crisis"});
  // Seeing is not sight loss: «не» is a stop word, so «не видят» alone would be «видят».
  CHECK(t.categorize("родители видят результат") == V{"families"});
}

TEST_CASE("veterans of combat are not the elderly, veterans of labour are", "[text]") {
  const auto& t = Taxonomy::builtin();
  using V = std::vector<std::string>;
  CHECK(t.categorize("ветераны СВО с ранениями") == V{"adults", "veterans"});  // implied: they are adults
  CHECK(t.categorize("дети участников СВО") == V{"children", "veterans"});     // the text names the age
  CHECK(t.categorize("подростки на учёте в ПДН") == V{"teenagers", "at_risk_teens"});
  CHECK(t.categorize("состоящие на учете в КДН") == V{"teenagers", "at_risk_teens"});
  CHECK(t.categorize("ветераны боевых действий 20–55 лет с последствиями ранений") == V{"adults", "veterans"});
  CHECK(t.categorize("ветераны труда") == V{"elderly"});
}

TEST_CASE("kinds of help are read from what a text says it does", "[text]") {
  const auto& s = Taxonomy::services();
  using V = std::vector<std::string>;
  CHECK(s.categorize("Сопровождаемое трудоустройство взрослых с аутизмом: работодатели и рабочие места") ==
        V{"employment"});
  CHECK(s.categorize("Волонтёрская служба «Социальная няня»: передышка для родителей") == V{"respite"});
  CHECK(s.categorize("хотим, чтобы пенсионеры научились пользоваться смартфоном и госуслугами") == V{"digital"});
  CHECK(s.categorize("Тренировочная квартира: учимся самостоятельной жизни") == V{"housing"});
  CHECK(s.categorize("хотим место, куда пожилых можно приводить утром и забирать вечером") == V{"day_care"});
  CHECK(s.categorize("хотим научить медсестёр основам нашего языка — языка рук") == V{"sign_language"});
  // Supervision is not respite; looking after a child, or short-term care, is.
  const auto riding = s.categorize("хотим, чтобы ребята ездили верхом под присмотром знающего человека");
  CHECK(std::find(riding.begin(), riding.end(), "respite") == riding.end());
  CHECK(s.categorize("нужна услуга кратковременного присмотра для стариков") == V{"respite"});
  CHECK(s.categorize("организовать присмотр за детьми силами волонтеров") == V{"respite"});
  // Everyday words are not kinds of help: staying at home, a mother leaving work.
  CHECK(s.categorize("дети сидят дома, мама уходит с работы").empty());
  CHECK(s.find("employment")->label == "трудоустройство и работа");
}

TEST_CASE("kinds of help in the words of askers outside the field", "[text]") {
  const auto& s = Taxonomy::services();
  using V = std::vector<std::string>;
  // A pharmacy chain lending what relatives ask for; a school head asking for a few hours' rest.
  CHECK(s.categorize("нужна каталка, ходилка, кровать с подъёмом и матрас от пролежней, хотим давать бесплатно на время") ==
        V{"equipment"});
  CHECK(s.categorize("чтобы мама могла просто выспаться") == V{"respite"});
  CHECK(s.categorize("каждый из молодёжи будет звонить каждый день одному старику") == V{"loneliness"});
  CHECK(s.categorize("мамы в роддоме пишут отказ от малыша") == V{"crisis_help"});
  // An employer's words: who will bring the new worker into the job.
  CHECK(s.categorize("не понимаем, кто будет вводить их в работу и как объяснить бригадирам") == V{"employment"});
  // «поговорили между собой» is not loneliness, «наших взрослых» is not a mentor.
  CHECK(s.categorize("родные в это время между собой поговорили").empty());
  CHECK(s.categorize("чтобы там постоянно жили 6–8 наших взрослых вместе с помощниками") == V{"housing"});
}

TEST_CASE("kinds of help as parents describe them, not in the field's words", "[text]") {
  const auto& s = Taxonomy::services();
  using V = std::vector<std::string>;
  // A job coach described by what they do; parents who hold on to each other; riding without «иппотерапия».
  CHECK(s.categorize("нужен человек, который выйдет на работу вместе с парнем и будет показывать") == V{"employment"});
  CHECK(s.categorize("хотим, чтобы ребят брали помощниками на кухню") == V{"employment"});
  CHECK(s.categorize("хочу, чтобы родители держались друг за друга") == V{"peer_support"});
  CHECK(s.categorize("чтобы опытные мамы приходили в роддом к тем, кому только что сказали диагноз") == V{"peer_support"});
  CHECK(s.categorize("хотим, чтобы ребята ездили верхом под присмотром знающего человека") == V{"rehabilitation"});
  CHECK(s.categorize("специалист приезжает, чтобы показать маме, как заниматься с малышом") == V{"early_help"});
  // Going out to work oneself is not a request for employment help.
  CHECK(s.categorize("мама вышла на пенсию").empty());
}

TEST_CASE("kinds of help named by what the helpers would do", "[text]") {
  const auto& s = Taxonomy::services();
  using V = std::vector<std::string>;
  CHECK(s.categorize("нужна подмена мамы на несколько часов прямо дома") == V{"respite"});
  CHECK(s.categorize("чтобы волонтёр присматривал за внуком пару часов") == V{"respite"});
  CHECK(s.categorize("хотим делать свистульки и продавать на ярмарках") == V{"workshops"});
  CHECK(s.categorize("делать настоящие вещи на продажу") == V{"workshops"});
  CHECK(s.categorize("хотим пройти по району: замерить, сфотографировать, написать хозяевам") == V{"accessibility"});
  CHECK(s.categorize("хотим набрать и подготовить добровольцев") == V{"volunteering"});
  CHECK(s.categorize("хотим анонимный чат для подростков") == V{"crisis_help"});
  CHECK(s.categorize("старики хотят умереть дома, а не в больнице") == V{"palliative"});
  CHECK(s.categorize("хотим сделать выдачу на время") == V{"equipment"});
  CHECK(s.categorize("разучат роли и поставят сказку для зрителей") == V{"culture"});
  CHECK(s.categorize("хотим селить маму с детьми в тот же день") == V{"housing"});
  CHECK(s.categorize("хотим подбирать таким подросткам взрослых добровольцев") == V{"mentoring"});
  CHECK(s.categorize("хотим, чтобы стариков утром приводили, а вечером забирали") == V{"day_care"});
  CHECK(s.categorize("хочу набрать помощников и подготовить их") == V{"volunteering"});
  // Specialists who consult from afar give medical and psychological help, not lessons in video calls.
  CHECK(s.categorize("хотим работать с семьями, не выезжая: психолог консультирует маму по видео") == V{"medical"});
  CHECK(s.categorize("врачи консультируют семьи дистанционно") == V{"medical"});
  CHECK(s.categorize("научим бабушек пользоваться интернетом") == V{"digital"});
  // Measuring a result is not an accessibility audit.
  CHECK(s.categorize("хотим замерить результат до и после").empty());
}
