// How the bank lays out its Xapian tables on disk.
#include <catch2/catch.hpp>

#include <filesystem>

#include <practice/bank.hpp>
#include <practice/loader.hpp>

using namespace practice;
namespace fs = std::filesystem;

// Regression: Xapian creates the document-data table lazily. Created in the first add() session,
// after create() had committed, it filled its blocks only half and the bank was 1.34× the size of
// a plain Xapian index of the same text. create() now makes the table at once, empty.
TEST_CASE("a new bank has its document-data table and no documents", "[index]") {
  const fs::path dir = fs::temp_directory_path() / ("practice-layout-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  {
    Bank bank = Bank::create(dir);
    CHECK(fs::exists(dir / "docdata.glass"));
    CHECK(bank.size() == 0);
    CHECK(bank.ids().empty());
    CHECK(bank.stats().total == 0);
    std::vector<Practice> practices;
    for (auto& lp : load_paths({std::string(PRACTICE_CORPUS_DIR) + "/practices"}).practices) practices.push_back(lp.practice);
    bank.add(practices);
    CHECK(bank.size() == practices.size());
    CHECK(bank.get(practices.front().id).title == practices.front().title);  // `source` is not stored
  }
  fs::remove_all(dir);
}
