#include "targets.hpp"

#include <filesystem>
#include <string>
#include <unistd.h>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/loader.hpp>
#include <practice/profile.hpp>
#include <practice/validation.hpp>

namespace practice::fuzz {
namespace fs = std::filesystem;
namespace {

void load(std::string_view data, const std::string& name) {
  load_text(
      data, name, [](LoadedPractice&& lp) { (void)validate(lp); }, [](LoadError&&) {});
}

// Twelve practices of the shipped corpus in a bank under the temporary directory, built on
// first use and removed at exit.
struct SmallBank {
  fs::path dir = fs::temp_directory_path() / ("practice-fuzz-bank-" + std::to_string(::getpid()));
  Bank bank;
  SmallBank() : bank(build(dir)) {}
  ~SmallBank() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  static Bank build(const fs::path& dir) {
    fs::remove_all(dir);
    Bank b = Bank::create(dir);
    std::vector<Practice> some;
    for (auto& lp : load_paths({fs::path(PRACTICE_CORPUS_DIR) / "practices"}).practices)
      if (some.size() < 12) some.push_back(std::move(lp.practice));
    b.add(some);
    return b;
  }
};

}  // namespace

void template_parser(std::string_view data) { load(data, "fuzz.txt"); }

void docx_reader(std::string_view data) { load(data, "fuzz.docx"); }

void json_loader(std::string_view data) {
  load(data, "fuzz.jsonl");
  load(data, "fuzz.json");
}

void profile_loader(std::string_view data) {
  try {
    (void)parse_profile(data, "fuzz.json");
  } catch (const Error&) {
  }
}

void query(std::string_view data) {
  static SmallBank small;
  for (bool any : {false, true}) {
    try {
      (void)small.bank.search(data, {.limit = 5, .match_any = any});
    } catch (const Error&) {
    }
  }
}

}  // namespace practice::fuzz
