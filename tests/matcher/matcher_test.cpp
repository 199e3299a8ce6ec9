#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <practice/error.hpp>
#include <practice/loader.hpp>
#include <practice/matcher.hpp>
#include <practice/regions.hpp>
#include <practice/shortlist.hpp>

#include "support/fixtures.hpp"

using namespace practice;
namespace fs = std::filesystem;

namespace {
Bank& bank() {
  static const fs::path dir = fs::temp_directory_path() / ("practice-match-" + std::to_string(::getpid()));
  static Bank b = [] {
    fs::remove_all(dir);
    Bank x = Bank::create(dir);
    x.add(testing::corpus());
    return x;
  }();
  return b;
}
const SignalContribution& signal(const Recommendation& r, const std::string& name) {
  for (const auto& s : r.explanation.signals)
    if (s.signal == name) return s;
  FAIL("no signal " << name);
  throw;
}
}  // namespace

TEST_CASE("a poor autism parents' group gets autism practices it can afford", "[match]") {
  Profile p;
  p.region = "Иркутская область";
  p.target_groups = {"родители детей с аутизмом"};
  p.problem = "родители детей с РАС остаются одни, денег нет, хотим поддерживать друг друга";
  p.resources.personnel = "5 волонтёров";
  p.resources.material = "комната в библиотеке безвозмездно";
  const auto r = match(bank(), p, {.limit = 5, .weights = {}});
  REQUIRE(r.results.size() == 5);
  CHECK(r.results[0].title.find("аутизм") != std::string::npos);
  CHECK(signal(r.results[0], "target").value == Approx(1.0));
  CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: нет финансирования") != r.notes.end());
  // The note comes from the same reading of resources that scores them: «почти нет» too.
  Profile almost = p;
  almost.problem = "родители детей с РАС остаются одни, хотим поддерживать друг друга";
  almost.resources.financial = "почти нет, скидываемся на чай";
  const auto notes = match(bank(), almost, {.limit = 1, .weights = {}}).notes;
  CHECK(std::find(notes.begin(), notes.end(), "учтено: нет финансирования") != notes.end());
  for (std::size_t i = 1; i < r.results.size(); ++i) CHECK(r.results[i - 1].score >= r.results[i].score);
}

TEST_CASE("capacity reports what an NGO would still need", "[match]") {
  Profile p;
  p.target_groups = {"дети с ДЦП"};
  p.problem = "реабилитация детей с церебральным параличом";
  p.resources.personnel = "2 волонтёра";
  p.resources.financial = "денег нет";
  const auto r = match(bank(), p, {.limit = 10, .weights = {}});
  bool money_gap = false;
  for (const auto& rec : r.results)
    for (const auto& g : rec.explanation.gaps) money_gap = money_gap || g.find("бюджет практики") != std::string::npos;
  CHECK(money_gap);
}

TEST_CASE("scope and region relation", "[match]") {
  Profile p;
  p.region = "Иркутская область";
  p.target_groups = {"дети-инвалиды"};
  p.scope = Scope::neighbours;
  const auto r = match(bank(), p, {.limit = 20, .weights = {}});
  REQUIRE(!r.results.empty());
  for (const auto& rec : r.results)
    CHECK((rec.explanation.region_relation == "same" || rec.explanation.region_relation == "neighbour"));
  Profile bad = p;
  bad.region = "Атлантида";
  CHECK_THROWS_AS(match(bank(), bad), InvalidArgument);
  Profile empty;
  CHECK_THROWS_AS(match(bank(), empty), InvalidArgument);
}

TEST_CASE("a request for the neighbours' experience keeps to neighbouring regions, neighbours as people do not", "[match]") {
  Profile p;
  p.region = "Республика Адыгея";
  p.target_groups = {"неблагополучные семьи с детьми"};
  p.problem = "Родители пьют, опека забирает детей в приют. Хотим помогать семьям раньше. Ищем опыт соседей.";
  const auto r = match(bank(), p, {.limit = 10, .weights = {}});
  REQUIRE(!r.results.empty());
  CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: только свой и соседние регионы") != r.notes.end());
  for (const auto& rec : r.results)
    CHECK((rec.explanation.region_relation == "same" || rec.explanation.region_relation == "neighbour"));
  for (const char* phrase : {"Интересен опыт соседних областей.", "Нужен опыт соседних краёв и республик."}) {
    Profile q = p;
    q.problem = std::string("Хотим помогать семьям раньше. ") + phrase;
    const auto notes = match(bank(), q, {.limit = 3, .weights = {}}).notes;
    CHECK(std::find(notes.begin(), notes.end(), "учтено: только свой и соседние регионы") != notes.end());
  }
  for (const char* people_text : {"Денег нет, но люди готовы помогать соседям, старики просят соседей сходить в аптеку.",
                                  "Хотим научить женщин ухаживать за лежачими, чтобы могли работать по найму у соседей.",
                                  "К нам ходят дети из соседних сёл, родители пьют."}) {
    Profile people = p;
    people.problem = people_text;
    const auto any = match(bank(), people, {.limit = 10, .weights = {}});
    CHECK(std::find(any.notes.begin(), any.notes.end(), "учтено: только свой и соседние регионы") == any.notes.end());
    CHECK(std::any_of(any.results.begin(), any.results.end(), [](const Recommendation& rec) { return rec.explanation.region_relation == "other"; }));
  }
}

TEST_CASE("a request for the experience of a named macro-region keeps to its federal district", "[match]") {
  const auto& regions = RegionTable::russia();
  auto district_of = [&](const Recommendation& rec) { return regions.resolve(rec.region)->federal_district; };
  Profile p;
  p.region = "Республика Бурятия";  // the Far Eastern district: Siberia is not its own district
  p.target_groups = {"незрячие выпускники"};
  for (const char* phrase : {"Смотрим только опыт Сибири, у нас другие расстояния.", "Ищем опыт в Сибири.",
                             "Интересен опыт других регионов Сибири."}) {
    p.problem = std::string("Хотим научить ребят работать на компьютере и найти работу. ") + phrase;
    const auto r = match(bank(), p, {.limit = 10, .weights = {}});
    REQUIRE(!r.results.empty());
    CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: только Сибирский федеральный округ") != r.notes.end());
    for (const auto& rec : r.results) CHECK(district_of(rec) == "Сибирский");
  }
  p.problem = "Хотим, чтобы любая семья из Сибири могла получить совет по работе для незрячего.";
  const auto any = match(bank(), p, {.limit = 10, .weights = {}});
  CHECK(any.notes.empty());
  CHECK(std::any_of(any.results.begin(), any.results.end(), [&](const Recommendation& rec) { return district_of(rec) != "Сибирский"; }));
  // Districts named by their adjectives, one or several: a state centre in Stavropol wants phone
  // lessons for the blind from the south only; an NGO saying where it is limits nothing.
  Profile south;
  south.region = "Ставропольский край";
  south.target_groups = {"пенсионеры, потерявшие зрение"};
  south.problem = "Просим опыт, как научить таких людей управлять телефоном голосом. "
                  "Рассматриваем только практики Северо-Кавказского и Южного федеральных округов.";
  const auto s = match(bank(), south, {.limit = 10, .weights = {}});
  REQUIRE(!s.results.empty());
  CHECK(std::find(s.notes.begin(), s.notes.end(), "учтено: только Северо-Кавказский и Южный федеральные округа") != s.notes.end());
  for (const auto& rec : s.results) CHECK((district_of(rec) == "Южный" || district_of(rec) == "Северо-Кавказский"));
  CHECK(s.results[0].id == "govoryashchiy-smartfon-tsifrovaya-gramotnost-dly-c0ce48");
  south.problem = "Мы из Южного федерального округа. Просим опыт, как научить таких людей управлять телефоном голосом.";
  const auto anywhere = match(bank(), south, {.limit = 10, .weights = {}});
  CHECK(anywhere.notes.empty());
  CHECK(std::any_of(anywhere.results.begin(), anywhere.results.end(),
                    [&](const Recommendation& rec) { return district_of(rec) != "Южный" && district_of(rec) != "Северо-Кавказский"; }));
  // A named macro-region in a wish limits nothing: the homeless shelter from Красноярский край
  // (Siberia) is the answer for a Chelyabinsk (Urals) deputy who would take it.
  Profile shelter;
  shelter.region = "Челябинская обл.";
  shelter.target_groups = {"бездомные", "люди после освобождения без жилья"};
  for (const char* wish : {"Хорошо бы опыт Урала, но если лучшее в Сибири — тоже подойдёт.",
                           "Желательно опыт Урала, но не обязательно."}) {
    shelter.problem = std::string("Зимой люди ночуют в подъездах. Нужно, чтобы человеку было где переночевать и поесть. ") + wish;
    const auto r = match(bank(), shelter, {.limit = 10, .weights = {}});
    REQUIRE(!r.results.empty());
    CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: только Уральский федеральный округ") == r.notes.end());
    CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: предпочтительны практики поближе (без ограничения)") != r.notes.end());
    CHECK(regions.resolve(r.results[0].region)->name == "Красноярский край");
  }
}

TEST_CASE("a wish for practices close by weighs the region more and keeps the far ones", "[match]") {
  Profile p;
  p.region = "Республика Адыгея";
  p.target_groups = {"неблагополучные семьи с детьми"};
  const std::string need = "Родители пьют, опека забирает детей в приют. Хотим помогать семьям раньше. ";
  p.problem = need;
  const auto plain = match(bank(), p, {.limit = 10, .weights = {}});
  for (const char* wish : {"Желательно опыт соседних регионов, но не обязательно.", "Лучше бы кто-то поближе, чтобы съездить."}) {
    p.problem = need + wish;
    const auto r = match(bank(), p, {.limit = 10, .weights = {}});
    CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: предпочтительны практики поближе (без ограничения)") != r.notes.end());
    CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: только свой и соседние регионы") == r.notes.end());
    CHECK(std::any_of(r.results.begin(), r.results.end(), [](const Recommendation& rec) { return rec.explanation.region_relation == "other"; }));
    CHECK(signal(r.results[0], "region").weight > 2 * signal(plain.results[0], "region").weight);
  }
  // «поближе» about the help itself is not about where the practice is from.
  p.problem = need + "Хотим, чтобы помощь была поближе к дому.";
  const auto home = match(bank(), p, {.limit = 3, .weights = {}}).notes;
  CHECK(std::find(home.begin(), home.end(), "учтено: предпочтительны практики поближе (без ограничения)") == home.end());
}

TEST_CASE("a request for proof weighs measured effect and replications more", "[match]") {
  Profile p;
  p.region = "Кемеровская область";
  p.target_groups = {"родители детей с аутизмом"};
  p.problem = "Родители особых детей остаются одни со своей бедой, хотим встречаться и поддерживать друг друга.";
  const auto plain = match(bank(), p, {.limit = 5, .weights = {}});
  p.problem += " Для заявки в фонд нужна практика с измеренными результатами, которую уже повторили в других регионах.";
  const auto r = match(bank(), p, {.limit = 5, .weights = {}});
  CHECK(std::find(r.notes.begin(), r.notes.end(), "учтено: важны измеренные результаты и тиражирование") != r.notes.end());
  REQUIRE(!r.results.empty());
  const auto& evidence = signal(r.results[0], "evidence");
  CHECK(evidence.weight > 2 * signal(plain.results[0], "evidence").weight);
  CHECK(std::any_of(evidence.evidence.begin(), evidence.evidence.end(), [](const std::string& e) { return e.starts_with("эффект измерен"); }));
  // «Свои люди», replicated in this very region, still leads.
  CHECK(r.results[0].title.find("Свои люди") != std::string::npos);
}

TEST_CASE("only adults: practices for children only are left out", "[match]") {
  Profile p;
  p.problem = "трудоустройство людей с аутизмом, только для взрослых";
  const auto r = match(bank(), p, {.limit = 10, .weights = {}});
  REQUIRE(!r.results.empty());
  for (const auto& rec : r.results) CHECK(rec.title.find("дошкольник") == std::string::npos);
}

TEST_CASE("shortlist is diverse and exports", "[match]") {
  const auto list = shortlist(bank(), {.region = "", .theme = "дети", .target_group = "", .profile = {}, .count = 6});
  REQUIRE(list.size() == 6);
  const std::string csv = export_csv(list);
  CHECK(csv.rfind("\xEF\xBB\xBF\"id\";\"Название\"", 0) == 0);
  std::size_t records = 0;  // multi-line cells hold bare \n; records end with \r\n
  for (std::size_t pos = 0; (pos = csv.find("\r\n", pos)) != std::string::npos; pos += 2) ++records;
  CHECK(records == 7);
  const std::string html = export_html(list, "Сборник");
  CHECK(html.find("<nav aria-label=\"Содержание\">") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
  CHECK(export_markdown(list, "Сборник").find("## Содержание") != std::string::npos);
}
