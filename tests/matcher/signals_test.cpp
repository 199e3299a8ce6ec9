// Each matcher signal on real Russian profiles over the shipped corpus (with its replications).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <practice/categorize.hpp>
#include <practice/error.hpp>
#include <practice/loader.hpp>
#include <practice/matcher.hpp>
#include <practice/replications.hpp>
#include <practice/taxonomy.hpp>

#include "support/fixtures.hpp"

using namespace practice;
namespace fs = std::filesystem;

namespace {
const std::string autism_club = "klub-roditeley-detey-s-autizmom-svoi-lyudi-bc7f93";
const std::string social_taxi = "sotsial-noye-taksi-sel-skiy-marshrut-55cd65";
const std::string hippotherapy = "ippoterapiya-dlya-detey-s-dtsp-dobryy-kon-0907d5";
const std::string veterans_riding = "ippoterapiya-dlya-veteranov-boyevykh-deystviy-s-77c7c0";
const std::string adult_riding = "adaptivnaya-verkhovaya-yezda-dlya-vzroslykh-s-in-7dc35e";
const std::string premature_babies = "ran-she-sroka-soprovozhdeniye-nedonoshennykh-mal-84dec7";

Bank& bank() {
  static const fs::path dir = fs::temp_directory_path() / ("practice-signals-" + std::to_string(::getpid()));
  static Bank b = [] {
    fs::remove_all(dir);
    Bank x = Bank::create(dir);
    x.add(testing::corpus());
    record_replications(x, load_replication_records(std::string(PRACTICE_CORPUS_DIR) + "/replications.jsonl").records);
    return x;
  }();
  return b;
}
const Recommendation* find(const MatchResults& r, const std::string& id) {
  for (const auto& rec : r.results)
    if (rec.id == id) return &rec;
  return nullptr;
}
const SignalContribution& signal(const Recommendation& r, const std::string& name) {
  for (const auto& s : r.explanation.signals)
    if (s.signal == name) return s;
  FAIL("no signal " << name);
  throw;
}
Profile autism_parents(const std::string& region) {
  Profile p;
  p.region = region;
  p.target_groups = {"родители детей с аутизмом"};
  p.problem = "мамы детей-аутистов сидят по домам одни, хотим собираться и поддерживать друг друга";
  return p;
}
}  // namespace

TEST_CASE("region is mild: the best practice from far away is not buried", "[signals]") {
  for (const char* region : {"Алтайский край", "Омская область", "Краснодарский край", "Республика Бурятия"}) {
    const auto r = match(bank(), autism_parents(region), {.limit = 1000, .weights = {}});
    REQUIRE(!r.results.empty());
    CHECK(r.results[0].id == autism_club);
  }
  // Same practice, home region vs. far away: only the region signal differs.
  const auto near = match(bank(), autism_parents("Алтайский край"), {.limit = 1000, .weights = {}});
  const auto far = match(bank(), autism_parents("Краснодарский край"), {.limit = 1000, .weights = {}});
  CHECK(signal(*find(near, autism_club), "region").value == Approx(1.0));
  CHECK(signal(*find(far, autism_club), "region").value < 0.5);
  CHECK(find(near, autism_club)->score > find(far, autism_club)->score);
}

TEST_CASE("region, capacity and evidence count in proportion to the fit", "[signals]") {
  const auto r = match(bank(), autism_parents("Алтайский край"), {.limit = 1000, .weights = {}});
  // Hippotherapy for children with cerebral palsy runs in the NGO's own region but answers another need.
  const Recommendation* other = find(r, hippotherapy);
  REQUIRE(other != nullptr);
  CHECK(signal(*other, "region").value == Approx(1.0));
  CHECK(other->score < find(r, autism_club)->score);
  for (const auto& rec : r.results) {
    const double gate = signal(rec, "need").value * signal(rec, "target").value;
    double sum = 0.0, weights = 0.0;
    for (const auto& s : rec.explanation.signals) {
      const bool gated = s.signal == "region" || s.signal == "capacity" || s.signal == "evidence";
      CHECK(s.contribution == Approx(s.weight * s.value * (gated ? gate : 1.0)));
      sum += s.contribution;
      weights += s.weight;
    }
    CHECK(sum == Approx(rec.score));
    CHECK(weights == Approx(1.0));
  }
}

TEST_CASE("target fit follows the taxonomy: autism > disabled children > elderly", "[signals]") {
  Profile p;
  p.target_groups = {"дети с РАС"};
  p.problem = "поддержка детей и семей, досуг, занятия";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  double autism = -1, disabled_children = -1, elderly = 2;
  for (const auto& rec : r.results) {
    const double fit = signal(rec, "target").value;
    for (const auto& m : rec.explanation.target_groups) {
      if (m.found == "autism") autism = std::max(autism, fit);
      if (m.found == "disability") disabled_children = std::max(disabled_children, fit);
    }
    if (rec.explanation.target_groups.size() == 2 && rec.explanation.target_groups[0].found.empty() &&
        rec.explanation.target_groups[1].found.empty())
      elderly = std::min(elderly, fit);
  }
  CHECK(autism == Approx(1.0));
  CHECK(disabled_children > 0.0);
  CHECK(disabled_children < autism);
  CHECK(elderly < disabled_children);
}

TEST_CASE("target fit: whom a practice is mainly for counts more than whom it also takes", "[signals]") {
  // Riding for veterans takes their children to family sessions (its second group); riding for
  // children with cerebral palsy is for children. A children's NGO is told the difference.
  Profile p;
  p.region = "Республика Адыгея";
  p.target_groups = {"ребятишки, которые плохо ходят и не держат спину"};
  p.problem = "Хотим наладить верховую езду для детей, чтобы держали спину и равновесие.";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  const Recommendation* veterans = find(r, veterans_riding);
  const Recommendation* children = find(r, hippotherapy);
  REQUIRE(veterans != nullptr);
  REQUIRE(children != nullptr);
  CHECK(signal(*veterans, "target").value < 1.0);  // every category is there, but not in its main group
  CHECK(signal(*children, "target").value > 0.5);
  Profile cp = p;
  cp.target_groups = {"дети с ДЦП"};
  const auto r2 = match(bank(), cp, {.limit = 1000, .weights = {}});
  CHECK(signal(*find(r2, hippotherapy), "target").value == Approx(1.0));
  CHECK(signal(*find(r2, veterans_riding), "target").value < 0.8);
}

TEST_CASE("target fit: veterans are adults, so riding for adults fits them better than riding for children", "[signals]") {
  Profile p;
  p.target_groups = {"ветераны СВО с ранениями"};
  p.problem = "Хотим занятия верхом с инструктором ЛФК, чтобы ребята вернули равновесие на протезе.";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  REQUIRE(find(r, veterans_riding));
  REQUIRE(find(r, adult_riding));
  REQUIRE(find(r, hippotherapy));
  CHECK(signal(*find(r, veterans_riding), "target").value == Approx(1.0));
  CHECK(signal(*find(r, adult_riding), "target").value == Approx(0.5));  // the age, not the veterans
  CHECK(signal(*find(r, hippotherapy), "target").value == Approx(0.0));
}

TEST_CASE("capacity: a poor NGO is told what it lacks, a rich one is not", "[signals]") {
  Profile poor;
  poor.target_groups = {"колясочники из сёл"};
  poor.problem = "людям на колясках из сёл не добраться до районной больницы, нужен транспорт";
  poor.resources.financial = "денег нет";
  poor.resources.personnel = "3 волонтёра";
  Profile rich = poor;
  rich.resources.financial = "грант 3 000 000 рублей";
  rich.resources.material = "микроавтобус с подъёмником, офис";
  rich.resources.personnel = "водитель, диспетчер, социальный работник";
  const auto a = match(bank(), poor, {.limit = 1000, .weights = {}});
  const auto b = match(bank(), rich, {.limit = 1000, .weights = {}});
  const Recommendation* taxi_poor = find(a, social_taxi);
  const Recommendation* taxi_rich = find(b, social_taxi);
  REQUIRE(taxi_poor != nullptr);
  REQUIRE(taxi_rich != nullptr);
  CHECK(signal(*taxi_poor, "capacity").value < signal(*taxi_rich, "capacity").value);
  CHECK(!taxi_poor->explanation.gaps.empty());
  CHECK(taxi_poor->explanation.gaps.size() > taxi_rich->explanation.gaps.size());
  // An NGO with its own car has someone to drive it: no «нужен специалист: водитель».
  CHECK(std::find(taxi_poor->explanation.gaps.begin(), taxi_poor->explanation.gaps.end(), "нужен специалист: водитель") !=
        taxi_poor->explanation.gaps.end());
  Profile with_car = poor;
  with_car.resources.material = "свой автомобиль";
  const auto c = match(bank(), with_car, {.limit = 1000, .weights = {}});
  const auto& car_gaps = find(c, social_taxi)->explanation.gaps;
  CHECK(std::find(car_gaps.begin(), car_gaps.end(), "нужен специалист: водитель") == car_gaps.end());
  // An NGO with the practice's budget hires its staff: the gaps are listed, not counted.
  Profile funded = poor;
  funded.resources.financial = "грант 8 000 000 рублей";  // the taxi costs 7,2 million a year
  const auto d = match(bank(), funded, {.limit = 1000, .weights = {}});
  const Recommendation* taxi_funded = find(d, social_taxi);
  REQUIRE(taxi_funded != nullptr);
  CHECK(!taxi_funded->explanation.gaps.empty());
  CHECK(signal(*taxi_funded, "capacity").value == Approx(1.0));
  CHECK(signal(*taxi_poor, "capacity").value < 1.0);
}

TEST_CASE("evidence: replications near the NGO count more than far away", "[signals]") {
  Profile p;
  p.target_groups = {"колясочники из сёл"};
  p.problem = "людям на колясках из сёл не добраться до районной больницы, нужен транспорт";
  p.region = "Омская область";  // the taxi was replicated in Омская область
  const auto near = match(bank(), p, {.limit = 1000, .weights = {}});
  p.region = "Краснодарский край";
  const auto far = match(bank(), p, {.limit = 1000, .weights = {}});
  const auto& ev_near = signal(*find(near, social_taxi), "evidence");
  const auto& ev_far = signal(*find(far, social_taxi), "evidence");
  CHECK(ev_near.value > ev_far.value);
  bool named = false;
  for (const auto& e : ev_near.evidence) named = named || e.find("рядом с вами: Омская область") != std::string::npos;
  CHECK(named);
}

TEST_CASE("weights: need only ranks by need, and no weight at all is refused", "[signals]") {
  const auto r = match(bank(), autism_parents("Омская область"),
                       {.limit = 20, .weights = {.need = 1, .target = 0, .region = 0, .capacity = 0, .evidence = 0, .similarity = 0}});
  REQUIRE(r.results.size() > 3);
  for (std::size_t i = 1; i < r.results.size(); ++i)
    CHECK(signal(r.results[i - 1], "need").value >= signal(r.results[i], "need").value);
  CHECK_THROWS_AS(match(bank(), autism_parents("Омская область"),
                        {.limit = 5, .weights = {.need = 0, .target = 0, .region = 0, .capacity = 0, .evidence = 0}}),
                  InvalidArgument);
}

namespace {
const std::string autism_employment = "soprovozhdayemoye-trudoustroystvo-vzroslykh-s-au-b56885";
const std::string social_nanny = "volonterskaya-sluzhba-sotsial-naya-nyanya-peredy-95b0a7";
const std::string autism_kindergarten = "gruppa-kratkovremennogo-prebyvaniya-stupen-ki-dl-7e4b5f";

std::size_t rank_of(const MatchResults& r, const std::string& id) {
  for (std::size_t i = 0; i < r.results.size(); ++i)
    if (r.results[i].id == id) return i;
  return r.results.size();
}
bool has_evidence(const SignalContribution& s, const std::string& text) {
  return std::find(s.evidence.begin(), s.evidence.end(), text) != s.evidence.end();
}
}  // namespace

TEST_CASE("need: the kind of help asked for counts, not the words of the situation", "[signals]") {
  // Mothers of young adults with autism ask for work; their situation ("сидят дома", "мамы")
  // shares words with a respite service for parents of disabled children.
  Profile p;
  p.region = "Омская область";
  p.target_groups = {"молодые взрослые с аутизмом", "их мамы"};
  p.problem = "После колледжа наши ребята с аутизмом сидят дома, мамы с ними целыми днями. "
              "Хотим найти ребятам настоящую работу, пусть на несколько часов в неделю.";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  const Recommendation* work = find(r, autism_employment);
  const Recommendation* nanny = find(r, social_nanny);
  REQUIRE(work);
  REQUIRE(nanny);
  CHECK(rank_of(r, autism_employment) < rank_of(r, social_nanny));
  CHECK(has_evidence(signal(*work, "need"), "вид помощи: трудоустройство и работа"));
  CHECK_FALSE(has_evidence(signal(*nanny, "need"), "вид помощи: трудоустройство и работа"));
  // Both groups are served by the employment practice, only the mothers by the nanny service.
  CHECK(signal(*work, "target").value > signal(*nanny, "target").value);

  // What is missing ("в садик не берут") is not what is asked for ("поддерживать друг друга").
  Profile q;
  q.target_groups = {"дети с аутизмом"};
  q.problem = "В садик наших детей не берут, тьютора в школе нет, занятия с дефектологом платные. "
              "Мамы одни и выгорают. Хотим собираться вместе и поддерживать друг друга.";
  const auto s = match(bank(), q, {.limit = 1000, .weights = {}});
  REQUIRE(find(s, autism_club));
  CHECK(rank_of(s, autism_club) < rank_of(s, autism_kindergarten));
  CHECK(has_evidence(signal(*find(s, autism_club), "need"), "вид помощи: взаимная поддержка семей"));
  REQUIRE(find(s, autism_kindergarten));
  CHECK_FALSE(has_evidence(signal(*find(s, autism_kindergarten), "need"), "вид помощи: образование детей"));
}

TEST_CASE("need: a negated wish and a list of what is had are not requests", "[signals]") {
  // Wounded veterans refuse riding and want sport; the tutors a school has are not a request for
  // schooling.
  Profile p;
  p.target_groups = {"мужчины после ранений, на колясках и протезах"};
  p.problem = "Думали сажать раненых на коней, но мужики не хотят, говорят не надо нас катать. Хотят спорта всерьёз: команда, тренировки.";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  REQUIRE(!r.results.empty());
  for (const auto& rec : r.results) CHECK_FALSE(has_evidence(signal(rec, "need"), "вид помощи: реабилитация"));
  CHECK(std::any_of(r.results.begin(), r.results.end(),
                    [](const Recommendation& rec) { return has_evidence(signal(rec, "need"), "вид помощи: спорт и физическая активность"); }));
  Profile q;
  q.target_groups = {"дети с аутизмом"};
  q.problem = "Мамы не могут отойти от ребёнка ни на час. Люди есть: наши тьюторы готовы работать в выходные. "
              "Хотим, чтобы мамы могли отдохнуть.";
  for (const auto& rec : match(bank(), q, {.limit = 1000, .weights = {}}).results)
    CHECK_FALSE(has_evidence(signal(rec, "need"), "вид помощи: образование детей"));

  // «не» one word before the marker: a swimming coach's «плаванию я их и так учу» is not asked for.
  Profile coach;
  coach.target_groups = {"мамы детей с аутизмом"};
  coach.problem = "Пока дети в бассейне, мамы сидят в холле и утешают друг друга. Хочу, чтобы это стали их встречи раз в две "
                  "недели. Детей учить и лечить — не наша задача, плаванию я их и так учу.";
  const auto rc = match(bank(), coach, {.limit = 1000, .weights = {}});
  REQUIRE(!rc.results.empty());
  for (const auto& rec : rc.results) CHECK_FALSE(has_evidence(signal(rec, "need"), "вид помощи: спорт и физическая активность"));
  CHECK(rc.results[0].id == autism_club);
  // A word that only ends in «не» negates nothing: «мне нужна» states the request, and the
  // exercise therapy of the past is not asked for.
  Profile mother;
  mother.target_groups = {"мамы детей с ДЦП"};
  mother.problem = "Раньше дети ходили на ЛФК и массаж в реабцентр. Мне нужна группа, где мамы поддерживают друг друга.";
  const auto rm = match(bank(), mother, {.limit = 1000, .weights = {}});
  REQUIRE(!rm.results.empty());
  for (const auto& rec : rm.results) CHECK_FALSE(has_evidence(signal(rec, "need"), "вид помощи: реабилитация"));
  CHECK(std::any_of(rm.results.begin(), rm.results.end(),
                    [](const Recommendation& rec) { return has_evidence(signal(rec, "need"), "вид помощи: взаимная поддержка семей"); }));
}

TEST_CASE("need: what an NGO lacks is its request, not the help it gave before", "[signals]") {
  // Without «не хватает» as a request, the whole text was read and the smartphones of the past
  // put the student volunteers (who teach them) first.
  Profile p;
  p.target_groups = {"одинокие пожилые люди"};
  p.problem = "Раньше студенты ходили к старикам, помогали со смартфонами и квитанциями. "
              "Сейчас старикам больше всего не хватает общения: неделями ни с кем не разговаривают.";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  REQUIRE(!r.results.empty());
  for (const auto& rec : r.results) CHECK_FALSE(has_evidence(signal(rec, "need"), "вид помощи: цифровая грамотность"));
  CHECK(r.results[0].id == "priyemnaya-sem-ya-dlya-pozhilogo-cheloveka-profi-2a373d");
}

TEST_CASE("need: what the NGO already has is not a kind of help it asks for", "[signals]") {
  Profile p;
  p.target_groups = {"мамы недоношенных детей"};
  p.problem = "После выписки из отделения выхаживания мамы остаются одни с малышом. "
              "Занятия с дефектологом и реабилитация у нас по ОМС есть — нам нужно про маму.";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  REQUIRE(!r.results.empty());
  CHECK(r.results[0].id == premature_babies);
  for (const auto& rec : r.results) CHECK_FALSE(has_evidence(signal(rec, "need"), "вид помощи: реабилитация"));
  // The same with a typed hyphen, and with «, а».
  for (const char* problem : {"Реабилитация у нас уже есть - нужна поддержка мамам после выписки.",
                              "Нам нужна поддержка мам: реабилитация у нас по ОМС есть, а маму никто не поддерживает."}) {
    p.problem = problem;
    for (const auto& rec : match(bank(), p, {.limit = 1000, .weights = {}}).results)
      CHECK_FALSE(has_evidence(signal(rec, "need"), "вид помощи: реабилитация"));
  }
  // Asked for, the same kind of help is read.
  p.problem = "После выписки из отделения выхаживания мамы остаются одни с малышом. Нам нужна реабилитация малыша.";
  const auto asked = match(bank(), p, {.limit = 1000, .weights = {}});
  CHECK(std::any_of(asked.results.begin(), asked.results.end(),
                    [](const Recommendation& rec) { return has_evidence(signal(rec, "need"), "вид помощи: реабилитация"); }));
}

namespace {
const std::string seaside_holidays = "inklyuzivnyye-semeynyye-smeny-na-more-bereg-dlya-e76dd6";
const std::string down_parents_club = "roditel-skiy-klub-semey-vospityvayushchikh-detey-0e5331";
const std::string crafts_workshops = "inklyuzivnyye-masterskiye-narodnykh-remesel-nasl-555866";
const std::string cp_parents_club = "klub-roditeley-detey-s-dtsp-vmeste-fd874b";
const Practice& corpus_practice(const std::string& id) {
  for (const auto& p : testing::corpus())
    if (p.id == id) return p;
  FAIL("no practice " << id);
  throw;
}
}  // namespace

TEST_CASE("target: a practice for every disability fits «дети с РАС» as one for disability in general", "[signals]") {
  const auto& t = Taxonomy::builtin();
  // The seaside holidays list children with motor, hearing, vision and intellectual disabilities
  // and autism; the crafts workshops name three kinds (intellectual, hearing, ДЦП).
  const auto holidays = target_group_categories(corpus_practice(seaside_holidays));
  const auto crafts = target_group_categories(corpus_practice(crafts_workshops));
  CHECK(t.kinds_under("disability", holidays) == 5);
  CHECK(t.kinds_under("disability", crafts) == 3);
  CHECK(t.kinds_under("disability", {"musculoskeletal", "cerebral_palsy"}) == 1);  // ДЦП is a motor impairment

  const auto autism = t.categorize("дети с РАС");
  std::vector<CategoryMatch> why;
  CHECK(t.fit(autism, t.categorize("дети с аутизмом")) == Approx(1.0));
  CHECK(t.fit(autism, holidays, &why) == Approx(t.fit(autism, t.categorize("дети-инвалиды"))));
  REQUIRE(why.size() == 2);
  CHECK(why[1] == CategoryMatch{"autism", "disability", 0.6});
  // Three kinds are still the practice's own groups; a profile for disabled children in general
  // is fully served by a practice for every disability.
  CHECK(t.fit(t.categorize("подростки с нарушениями слуха"), crafts) == Approx(1.0));
  CHECK(t.fit(t.categorize("дети-инвалиды"), holidays) == Approx(1.0));

  // In the matcher: the kindergarten group built for autism fits better than the holidays.
  Profile p;
  p.target_groups = {"дети с РАС"};
  p.problem = "Детям с аутизмом летом некуда деться, хотим, чтобы они были заняты вместе с другими детьми.";
  const auto r = match(bank(), p, {.limit = 1000, .weights = {}});
  const Recommendation* own = find(r, autism_kindergarten);
  const Recommendation* broad = find(r, seaside_holidays);
  REQUIRE(own);
  REQUIRE(broad);
  CHECK(signal(*own, "target").value == Approx(1.0));
  CHECK(signal(*broad, "target").value == Approx(0.8));  // children 1, autism as disability 0.6
  CHECK(has_evidence(signal(*broad, "target"), "«РАС (аутизм)» ~ «люди с инвалидностью»"));
}

TEST_CASE("need: a kind of help a practice only also gives counts as its share of the practice's kinds", "[signals]") {
  // Mothers of autistic children ask for a parents' group. The seaside holidays name eight kinds
  // of help, a parents' group among them, and none in their title; the club for parents of
  // children with Down syndrome is a parents' group (its title says «клуб»).
  const MatchWeights need_only{.need = 1, .target = 0, .region = 0, .capacity = 0, .evidence = 0};
  const auto r = match(bank(), autism_parents(""), {.limit = 1000, .weights = need_only});
  const Recommendation* broad = find(r, seaside_holidays);
  const Recommendation* club = find(r, down_parents_club);
  REQUIRE(broad);
  REQUIRE(club);
  CHECK(has_evidence(signal(*broad, "need"), "вид помощи: взаимная поддержка семей"));
  CHECK(has_evidence(signal(*broad, "need"), "1 из 8 видов помощи практики, в названии не указан"));
  CHECK(has_evidence(signal(*club, "need"), "вид помощи: взаимная поддержка семей"));
  CHECK(std::none_of(signal(*club, "need").evidence.begin(), signal(*club, "need").evidence.end(),
                     [](const std::string& e) { return e.find("видов помощи практики") != std::string::npos; }));
  CHECK(signal(*broad, "need").value < signal(*club, "need").value);
  CHECK(rank_of(r, down_parents_club) < rank_of(r, seaside_holidays));
  // With every signal, the holidays are not among the first five for this group (before: fourth).
  const auto all = match(bank(), autism_parents(""), {.limit = 1000, .weights = {}});
  CHECK(rank_of(all, autism_club) == 0);
  CHECK(rank_of(all, seaside_holidays) >= 5);

  // A kind the title names counts fully however many others the practice gives: the club for
  // parents of children with ДЦП («Клуб родителей…») also names rehabilitation, mentoring and
  // equipment rental.
  const Recommendation* titled = find(r, cp_parents_club);
  REQUIRE(titled);
  CHECK(has_evidence(signal(*titled, "need"), "вид помощи: взаимная поддержка семей"));
  CHECK(std::none_of(signal(*titled, "need").evidence.begin(), signal(*titled, "need").evidence.end(),
                     [](const std::string& e) { return e.find("видов помощи практики") != std::string::npos; }));
}

TEST_CASE("similarity: practices like the first come before others of like score", "[signals]") {
  // A job coach for young people with intellectual disability. The first result is supported
  // employment; without the likeness to it, a social hotel for care-leavers (housing, where
  // young people are also taught to work) came second, before the labour workshops.
  Profile p;
  p.region = "Кемеровская область";
  p.target_groups = {"молодые люди с умственной отсталостью после колледжа"};
  p.problem =
      "Выпускники коррекционной школы и колледжа сидят дома: работодатели берут их на неделю и увольняют, потому что "
      "никто не объяснил, как с ними работать. Хотим, чтобы рядом с парнем на работе первое время был наставник, а "
      "работодатель знал, к кому обратиться.";
  const std::string work_nearby = "rabota-ryadom-trudoustroystvo-molodykh-lyudey-s-eab55c";
  const std::string social_hotel = "sotsial-naya-gostinitsa-i-trenirovochnaya-kvarti-4cff7f";
  const std::string workshops = "trudovyye-masterskiye-svoimi-rukami-ef8ac7";
  const auto with = match(bank(), p, {.limit = 10, .weights = {}});
  const auto without = match(bank(), p, {.limit = 10, .weights = {.similarity = 0}});
  REQUIRE(with.results.size() > 2);
  REQUIRE(without.results.size() > 2);
  CHECK(with.results[0].id == work_nearby);
  CHECK(without.results[0].id == work_nearby);
  CHECK(without.results[1].id == social_hotel);
  CHECK(with.results[1].id == workshops);
  CHECK(rank_of(with, social_hotel) > 1);
  // The first is the one compared with; the others say how like it they are, and the
  // contributions still add up to the score.
  CHECK(signal(with.results[0], "similarity").value == Approx(1.0));
  CHECK(has_evidence(signal(with.results[0], "similarity"), "первая рекомендация: с ней сравниваются остальные"));
  for (std::size_t i = 1; i < with.results.size(); ++i) {
    const auto& s = signal(with.results[i], "similarity");
    CHECK(s.value >= 0.0);
    CHECK(s.value <= 1.0);
    REQUIRE(s.evidence.size() == 1);
    CHECK(s.evidence[0].starts_with("сходство с первой рекомендацией ««Работа рядом»"));
    double sum = 0.0;
    for (const auto& sc : with.results[i].explanation.signals) sum += sc.contribution;
    CHECK(sum == Approx(with.results[i].score));
  }
  for (const auto& rec : without.results)
    for (const auto& sc : rec.explanation.signals) CHECK(sc.signal != "similarity");
}
