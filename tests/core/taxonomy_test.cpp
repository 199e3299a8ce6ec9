#include <catch2/catch.hpp>

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
  const auto child = alternatives("ребёнка");
  CHECK(std::find(child.begin(), child.end(), Thesaurus::terms("дети")) != child.end());
}

TEST_CASE("a document's thesaurus phrases answer the concepts of every synonym", "[text]") {
  const auto& th = Thesaurus::builtin();
  const auto terms = Thesaurus::terms("занятия для детей с расстройствами аутистического спектра и нарушениями слуха");
  std::vector<std::string> answered;
  for (const auto& o : th.occurrences(terms)) answered.insert(answered.end(), o.concepts->begin(), o.concepts->end());
  auto answers = [&](const char* query) {
    const auto e = th.expand(Thesaurus::terms(query));
    REQUIRE(e.size() == 1);
    const auto key = Thesaurus::concept_key(e[0].alternatives.front());
    return std::find(answered.begin(), answered.end(), key) != answered.end();
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
