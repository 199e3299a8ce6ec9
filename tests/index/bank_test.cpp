// The bank on the real corpus, in a temporary directory.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/loader.hpp>

#include "support/fixtures.hpp"

using namespace practice;
namespace fs = std::filesystem;

using practice::testing::corpus;
using practice::testing::TempDir;

namespace {
Bank& shared_bank() {
  static TempDir dir;
  static Bank bank = [] {
    Bank b = Bank::create(dir.path);
    b.add(corpus());
    return b;
  }();
  return bank;
}

std::vector<std::string> ids(const SearchResults& r) {
  std::vector<std::string> out;
  for (const auto& h : r.results) out.push_back(h.id);
  return out;
}
}  // namespace

TEST_CASE("add replaces by id and keeps the count", "[index]") {
  TempDir dir;
  Bank bank = Bank::create(dir.path);
  auto practices = corpus();
  CHECK(bank.add(practices).added == practices.size());
  const AddReport again = bank.add(practices);
  CHECK(again.replaced == practices.size());
  CHECK(again.added == 0);
  CHECK(bank.size() == practices.size());
  Practice stored = bank.get(practices[0].id);
  stored.source = practices[0].source;  // provenance is not stored in the bank
  CHECK(stored == practices[0]);
  CHECK_THROWS_AS(bank.get("нет-такой"), NotFound);
  CHECK(bank.remove(practices[0].id));
  CHECK(bank.size() == practices.size() - 1);
}

TEST_CASE("hyphenated compounds, inflection and ё/е find the same practices", "[index]") {
  Bank& bank = shared_bank();
  SearchOptions o;
  o.limit = 100;
  o.facets = false;
  const auto compound = ids(bank.search("детей-инвалидов", o));
  CHECK(compound.size() >= 5);
  CHECK(ids(bank.search("дети-инвалиды", o)) == compound);
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  CHECK(sorted(ids(bank.search("\"дети инвалиды\"", o))) == sorted(compound));
  const auto stem = ids(bank.search("инвалид", o));
  for (const auto& id : compound) CHECK(std::find(stem.begin(), stem.end(), id) != stem.end());
  CHECK(ids(bank.search("волонтёров", o)) == ids(bank.search("волонтеров", o)));
  CHECK(ids(bank.search("инвалидами", o)) == stem);
}

TEST_CASE("abbreviations and synonyms: РАС finds autism, not race", "[index]") {
  Bank& bank = shared_bank();
  SearchOptions o;
  o.limit = 100;
  const auto ras = bank.search("РАС", o);
  const auto autism = bank.search("аутизм", o);
  CHECK(ras.total >= 4);
  CHECK(ids(ras) == ids(autism));
  CHECK(!ras.results.front().snippet.empty());
}

TEST_CASE("filters, facets, fields and snippets", "[index]") {
  Bank& bank = shared_bank();
  SearchOptions o;
  o.region = "Бурятия";
  o.limit = 50;
  const auto r = bank.search("дети", o);
  REQUIRE(!r.results.empty());
  for (const auto& h : r.results) CHECK(h.region == "Республика Бурятия");
  CHECK(r.facets.at("region").size() == 1);

  SearchOptions any;
  any.limit = 5;
  const auto all = bank.search("реабилитация детей", any);
  CHECK(all.facets.at("region").size() > 3);
  CHECK(all.results.front().snippet.find("<b>") != std::string::npos);

  SearchOptions tg;
  tg.target_group = "пожилые";
  tg.limit = 50;
  for (const auto& h : bank.search("помощь", tg).results) CHECK(h.id.size() > 0);
  CHECK(bank.search("проблема:одиночество").total >= 1);
}

TEST_CASE("facet counts from the in-memory column equal those read from the bank, and follow its changes", "[index]") {
  TempDir dir;
  Bank::create(dir.path).add(corpus());
  Bank warm = Bank::open(dir.path);
  // The column is loaded at the second facet search on one revision of the bank.
  auto counts_of = [](const Bank& bank, const char* query, const SearchOptions& o) { return bank.search(query, o).facets; };
  const SearchOptions none, buryatia{.region = "Бурятия"}, elderly{.target_group = "пожилые"};
  const SearchOptions any{.match_any = true};
  for (int round = 0; round < 2; ++round) {
    for (const auto& [query, o] : std::vector<std::pair<const char*, SearchOptions>>{
             {"дети", none}, {"реабилитация детей с ДЦП", any}, {"волонтёры", buryatia}, {"помощь на дому", elderly},
             {"трудоустройство молодых людей с инвалидностью", any}, {"иппотерапия", none}}) {
      const Bank cold = Bank::open(dir.path);  // its first search reads the values from the bank
      const auto expected = counts_of(cold, query, o);
      REQUIRE(expected.at("target_group").size() > 0);
      CHECK(counts_of(warm, query, o) == expected);
      CHECK(counts_of(warm, query, o) == expected);
    }
    // A change of the bank drops the column; the counts follow the change.
    const auto before = counts_of(warm, "дети", none).at("region");
    REQUIRE(warm.remove(corpus().at(static_cast<std::size_t>(round)).id));
    CHECK(counts_of(warm, "дети", none).at("region") != before);
  }
}

TEST_CASE("bad queries get clear messages", "[index]") {
  Bank& bank = shared_bank();
  CHECK_THROWS_WITH(bank.search(""), Catch::Contains("пустой запрос"));
  CHECK_THROWS_WITH(bank.search("и в на"), Catch::Contains("служебных слов"));
  CHECK_THROWS_WITH(bank.search("!!! ???"), Catch::Contains("нет слов"));
  SearchOptions bad;
  bad.region = "Атлантида";
  CHECK_THROWS_WITH(bank.search("дети", bad), Catch::Contains("неизвестный регион"));
  const auto unbalanced = bank.search("\"дети инвалиды");
  CHECK(!unbalanced.warnings.empty());
  const auto unknown_field = bank.search("цвет:синий дети");
  CHECK(!unknown_field.warnings.empty());
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "слово" + std::to_string(i) + " ";
  CHECK(!bank.search(huge, {.match_any = true}).warnings.empty());
}

TEST_CASE("did you mean, without correcting inflected forms", "[index]") {
  Bank& bank = shared_bank();
  const auto typo = bank.search("иппотерпия");
  REQUIRE(typo.suggestion.has_value());
  CHECK(*typo.suggestion == "иппотерапия");
  CHECK_FALSE(bank.search("иппотерапией").suggestion.has_value());
}

TEST_CASE("similar excludes the practice itself", "[index]") {
  Bank& bank = shared_bank();
  const auto first = bank.ids().front();
  const auto hits = bank.similar(first, 5);
  REQUIRE(hits.size() == 5);
  for (const auto& h : hits) CHECK(h.id != first);
}

TEST_CASE("stats count regions, districts, groups, years", "[index]") {
  const Stats s = shared_bank().stats();
  CHECK(s.total >= 60);
  for (const char* region : {"Алтайский край", "Иркутская область", "Кабардино-Балкарская Республика", "Кемеровская область",
                             "Краснодарский край", "Красноярский край", "Курганская область", "Республика Адыгея",
                             "Республика Алтай", "Республика Бурятия", "Омская область"}) {
    INFO(region);
    CHECK(s.by_region.count(region) == 1);
  }
  CHECK(s.by_federal_district.at("Сибирский") >= 20);
  CHECK(s.by_target_group.at("РАС (аутизм)") >= 4);
}

TEST_CASE("opening what is not a bank is a clear error", "[index]") {
  TempDir dir;
  CHECK_THROWS_WITH(Bank::open(dir.path), Catch::Contains("directory does not exist"));
  fs::create_directories(dir.path);
  std::ofstream(dir.path / "note.txt") << "x";
  CHECK_THROWS_WITH(Bank::open(dir.path), Catch::Contains("is not a bank"));
  CHECK_THROWS_WITH(Bank::create(dir.path), Catch::Contains("not empty"));
}

TEST_CASE("a word repeated in a query counts as Xapian's QueryParser counts it, not twice", "[index]") {
  // BM25's query-frequency factor (k3 = 1): a term twice in the query weighs (1+1)·2/(1+2) = 4/3
  // of its single weight, where two copies of the term would weigh 2.
  SearchOptions o;
  o.match_any = true;
  o.expand_synonyms = false;
  o.facets = false;
  o.snippets = false;
  const auto once = shared_bank().search("лошади", o);
  const auto twice = shared_bank().search("лошади лошадей", o);
  REQUIRE(once.results.size() >= 3);
  REQUIRE(ids(twice) == ids(once));
  for (std::size_t i = 0; i < once.results.size(); ++i)
    CHECK(twice.results[i].weight == Approx(once.results[i].weight * 4.0 / 3.0));
  // Different words still add up.
  const auto two_words = shared_bank().search("лошади ветераны", o);
  CHECK(two_words.results.front().weight > once.results.front().weight);
}
