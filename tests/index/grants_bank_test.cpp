// The grants importer on the real data file (ngodata_presidential_grants_2007_2012.jsonl), when present.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include <practice/bank.hpp>
#include <practice/grants_import.hpp>

using namespace practice;
namespace fs = std::filesystem;

namespace {
// $PRACTICE_GRANTS_FILE, else the shared data folder beside the checkout (or beside its worktree folder).
fs::path grants_file() {
  if (const char* env = std::getenv("PRACTICE_GRANTS_FILE")) return env;
  const fs::path name = fs::path("shared/data/projects/ngodata_presidential_grants_2007_2012.jsonl");
  for (const fs::path& up : {fs::path(PRACTICE_SOURCE_DIR) / "..", fs::path(PRACTICE_SOURCE_DIR) / "../.."})
    if (fs::exists(up / name)) return up / name;
  return {};
}
}  // namespace

TEST_CASE("the real grants data imports, resolves its regions and is searchable", "[import][slow]") {
  const fs::path file = grants_file();
  if (file.empty()) {
    WARN("grants data not found (set PRACTICE_GRANTS_FILE); test not run");
    return;
  }
  const fs::path dir = fs::temp_directory_path() / ("practice-grants-bank-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::size_t indexed = 0;
  {
    Bank bank = Bank::create(dir);
    std::vector<Practice> batch;
    const GrantsImportReport r = import_grants(file, [&](Practice&& p) { batch.push_back(std::move(p)); });
    indexed = bank.add(batch).added;
    CHECK(r.errors.empty());
    CHECK(r.read == 2342);
    CHECK(indexed == r.read);
    CHECK(r.with_region >= 1800);
    CHECK(r.resolved_share() >= 0.95);

    // A word from the titles, inflected differently from the query.
    const SearchResults hits = bank.search("инвалидами", {.limit = 5});
    CHECK(hits.total >= 100);
    REQUIRE(!hits.results.empty());
    CHECK(hits.results.front().id.rfind("ngodata-", 0) == 0);
    const SearchResults buryatia = bank.search("реабилитация", {.region = "Бурятия", .limit = 50});
    REQUIRE(!buryatia.results.empty());
    for (const auto& h : buryatia.results) CHECK(h.region == "Республика Бурятия");
  }
  fs::remove_all(dir);
}
