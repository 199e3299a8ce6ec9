// Adding many practices at once builds documents on worker threads (index/src/document_pipeline):
// the bank must come out exactly as when the same practices are added in small sequential calls.
#include <catch2/catch.hpp>

#include <filesystem>

#include <practice/bank.hpp>
#include <practice/loader.hpp>

using namespace practice;
namespace fs = std::filesystem;

namespace {

struct ScratchDir {
  fs::path path;
  explicit ScratchDir(const std::string& name)
      : path(fs::temp_directory_path() / ("practice-pipeline-" + std::to_string(::getpid()) + "-" + name)) {
    fs::remove_all(path);
  }
  ~ScratchDir() { fs::remove_all(path); }
};

// The corpus three times under distinct ids: more than enough to take the parallel path.
std::vector<Practice> tripled_corpus() {
  std::vector<Practice> out;
  for (int copy = 0; copy < 3; ++copy)
    for (auto& lp : load_paths({std::string(PRACTICE_CORPUS_DIR) + "/practices"}).practices) {
      lp.practice.id += "-copy" + std::to_string(copy);
      out.push_back(std::move(lp.practice));
    }
  return out;
}

}  // namespace

TEST_CASE("a large add equals small sequential adds", "[index]") {
  const auto practices = tripled_corpus();
  REQUIRE(practices.size() > 150);
  ScratchDir one_dir("one"), many_dir("many");
  Bank one = Bank::create(one_dir.path);
  const AddReport report = one.add(practices);
  CHECK(report.added == practices.size());
  CHECK(report.replaced == 0);

  Bank many = Bank::create(many_dir.path);
  for (std::size_t i = 0; i < practices.size(); i += 20)
    many.add(std::vector<Practice>(practices.begin() + static_cast<std::ptrdiff_t>(i),
                                   practices.begin() + static_cast<std::ptrdiff_t>(std::min(i + 20, practices.size()))));

  CHECK(one.size() == practices.size());
  CHECK(one.get(practices[100].id) == many.get(practices[100].id));
  CHECK(one.stats().by_region == many.stats().by_region);
  CHECK(one.stats().by_target_group == many.stats().by_target_group);
  for (const char* q : {"детей-инвалидов волонтёры", "\"дети инвалиды\"", "РАС", "сопровождаемое проживание", "передышка"}) {
    INFO(q);
    SearchOptions o;
    o.limit = 30;
    const auto a = one.search(q, o), b = many.search(q, o);
    CHECK(a.total == b.total);
    REQUIRE(a.results.size() == b.results.size());
    CHECK(!a.results.empty());
    for (std::size_t i = 0; i < a.results.size(); ++i) {
      CHECK(a.results[i].id == b.results[i].id);
      CHECK(a.results[i].weight == Approx(b.results[i].weight));
    }
    CHECK(a.facets == b.facets);
  }
  // Spelling words reach the database from the writer thread: a typo still gets its suggestion.
  const auto typo = one.search("волантеры");
  CHECK(typo.suggestion == many.search("волантеры").suggestion);
  CHECK(typo.suggestion == std::optional<std::string>("волонтеры"));
}

TEST_CASE("a large add replaces by id", "[index]") {
  auto practices = tripled_corpus();
  ScratchDir dir("replace");
  Bank bank = Bank::create(dir.path);
  bank.add(practices);
  practices[5].title = "Заменённое название практики";
  const AddReport again = bank.add(practices);
  CHECK(again.added == 0);
  CHECK(again.replaced == practices.size());
  CHECK(bank.size() == practices.size());
  CHECK(bank.get(practices[5].id).title == "Заменённое название практики");
}
