// Facet counts (exact on small result sets, sampled estimates on large ones) and the stored
// per-practice facts that plain result lists read instead of the stored practice.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include <practice/bank.hpp>
#include <practice/loader.hpp>
#include <practice/regions.hpp>
#include <practice/resources_needed.hpp>
#include <practice/categorize.hpp>
#include <practice/taxonomy.hpp>
#include <practice/validation.hpp>

#include "support/fixtures.hpp"

using namespace practice;
namespace fs = std::filesystem;

using practice::testing::corpus;
using practice::testing::TempDir;

namespace {
// Region and district counts over every hit (facets off, all matches returned).
std::pair<std::map<std::string, std::size_t>, std::map<std::string, std::size_t>> counted(const Bank& bank, const std::string& q) {
  SearchOptions o;
  o.match_any = true;
  o.facets = false;
  o.snippets = false;
  o.limit = 10000;
  std::map<std::string, std::size_t> regions, districts;
  for (const auto& h : bank.search(q, o).results) {
    if (h.region.empty()) continue;
    ++regions[h.region];
    if (const Region* r = RegionTable::russia().resolve(h.region)) ++districts[r->federal_district];
  }
  return {regions, districts};
}

std::map<std::string, std::size_t> as_map(const std::vector<FacetCount>& v) {
  std::map<std::string, std::size_t> m;
  for (const auto& f : v) m[f.value] = f.count;
  return m;
}
}  // namespace

TEST_CASE("facets are exact when the sample holds every match, and districts follow regions", "[index][facets]") {
  TempDir dir("facts-test");
  Bank bank = Bank::create(dir.path);
  bank.add(corpus());
  SearchOptions o;
  o.match_any = true;
  const auto r = bank.search("дети с инвалидностью", o);
  REQUIRE(r.total > 20);
  CHECK_FALSE(r.facets_estimated);
  const auto [regions, districts] = counted(bank, "дети с инвалидностью");
  CHECK(as_map(r.facets.at("region")) == regions);
  CHECK(as_map(r.facets.at("federal_district")) == districts);
  CHECK(districts.size() > 2);
}

TEST_CASE("facets over a large result set are a scaled sample, flagged as estimates", "[index][facets]") {
  TempDir dir("facts-test");
  Bank bank = Bank::create(dir.path);
  std::vector<Practice> copies;
  for (int copy = 0; copy < 5; ++copy)
    for (auto p : corpus()) {
      p.id += "-copy" + std::to_string(copy);
      copies.push_back(std::move(p));
    }
  bank.add(copies);
  SearchOptions o;
  o.match_any = true;
  const auto r = bank.search("дети", o);
  REQUIRE(r.total > 250);  // more than the 200 matches the counters see
  CHECK(r.facets_estimated);
  const auto exact = counted(bank, "дети").first;
  const auto top = std::max_element(exact.begin(), exact.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  const auto estimated = as_map(r.facets.at("region"));
  REQUIRE(estimated.count(top->first));
  CHECK(estimated.at(top->first) >= top->second * 0.6);
  CHECK(estimated.at(top->first) <= top->second * 1.4);

  // A narrow query in the same bank is counted exactly.
  const auto narrow = bank.search("аутизм", o);
  REQUIRE(narrow.total > 0);
  REQUIRE(narrow.total < 200);
  CHECK_FALSE(narrow.facets_estimated);
  CHECK(as_map(narrow.facets.at("region")) == counted(bank, "аутизм").first);
}

TEST_CASE("plain result lists read the stored facts, the same as the practice says", "[index][facets]") {
  TempDir dir("facts-test");
  Bank bank = Bank::create(dir.path);
  bank.add(corpus());
  SearchOptions plain;
  plain.match_any = true;
  plain.snippets = false;
  plain.limit = 100;
  SearchOptions full = plain;
  full.with_practice = true;
  const auto a = bank.search("реабилитация детей", plain);
  const auto b = bank.search("реабилитация детей", full);
  REQUIRE(a.results.size() > 5);
  REQUIRE(a.results.size() == b.results.size());
  bool some_categories = false, some_kinds = false, some_money = false, some_specialists = false;
  for (std::size_t i = 0; i < a.results.size(); ++i) {
    const auto& h = a.results[i];
    const Practice& p = *b.results[i].practice;
    CHECK(h.id == p.id);
    CHECK(h.title == p.title);
    CHECK(h.organization == p.organization.name);
    CHECK(h.region == b.results[i].region);
    CHECK(h.facts.categories == target_categories(p.target_groups));
    CHECK(h.facts.kinds == Taxonomy::services().categorize(p.title + ". " + p.summary + ". " + p.goal));
    CHECK(h.facts.title_kinds == Taxonomy::services().categorize(p.title));
    // What the matcher scores without reading the practice: resources, readiness, replications.
    CHECK(h.facts.needs == read_resources(p.resources));
    CHECK(h.facts.readiness == readiness(p));
    std::vector<std::string> replicated_in;
    for (const auto& rep : p.replications) replicated_in.push_back(rep.region);
    CHECK(h.facts.replication_regions == replicated_in);
    some_categories = some_categories || !h.facts.categories.empty();
    some_kinds = some_kinds || std::find(h.facts.kinds.begin(), h.facts.kinds.end(), "rehabilitation") != h.facts.kinds.end();
    some_money = some_money || h.facts.needs.money_rub.has_value();
    some_specialists = some_specialists || !h.facts.needs.specialists.empty();
  }
  CHECK(some_categories);
  CHECK(some_kinds);
  CHECK(some_money);
  CHECK(some_specialists);
}

TEST_CASE("the stored facts follow a practice's new replications", "[index][facets]") {
  TempDir dir("facts-test");
  Bank bank = Bank::create(dir.path);
  bank.add(corpus());
  Practice p = corpus().front();
  const std::size_t before = p.replications.size();
  p.replications.push_back({"АНО «Опора»", "Омская область", 2025, "запустили группу"});
  bank.add({p});
  SearchOptions plain;
  plain.snippets = false;
  plain.facets = false;
  const auto r = bank.search("\"" + p.title + "\"", plain);
  const auto hit = std::find_if(r.results.begin(), r.results.end(), [&](const SearchHit& h) { return h.id == p.id; });
  REQUIRE(hit != r.results.end());
  REQUIRE(hit->facts.replication_regions.size() == before + 1);
  CHECK(hit->facts.replication_regions.back() == "Омская область");
}
