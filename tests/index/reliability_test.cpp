// The bank under stress (issue #7): odd queries, words Xapian cannot hold, a reader while
// another process writes, a bank locked by a writer or not writable.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <xapian.h>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/loader.hpp>

#include "support/fixtures.hpp"

using namespace practice;
namespace fs = std::filesystem;

using practice::testing::corpus;
using practice::testing::TempDir;

namespace {
std::vector<Practice> first(std::size_t n) { return {corpus().begin(), corpus().begin() + static_cast<long>(n)}; }

Bank& corpus_bank() {
  static TempDir dir("reliab");
  static Bank bank = [] {
    Bank b = Bank::create(dir.path);
    b.add(corpus());
    return b;
  }();
  return bank;
}

// Runs `child` in a forked process; true if it returned true (exit status 0).
template <class F>
bool in_child(F&& child) {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(child() ? 0 : 1);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
}  // namespace

TEST_CASE("odd queries give results or a clear message, in bounded work", "[reliability][query]") {
  Bank& bank = corpus_bank();
  // Each either finds something or is refused with a Russian message; none throws anything else.
  for (const std::string q : {"*", "дет*", "?", "%%%", "((дети", "дети))", "\"\"\"", "«дети", "-", "- -", "проблема:",
                              "проблема:\"\"", "OR", "NOT", "дети OR OR OR", "AND AND", ":", "::дети", "цвет:синий",
                              "дети -дети", "\t\n\r"}) {
    INFO(q);
    try {
      const auto r = bank.search(q);
      CHECK(r.results.size() <= 10);
    } catch (const InvalidArgument& e) {
      CHECK(std::string(e.what()).size() > 0);
    }
  }
  // A wildcard is not expanded: «дет*» is the word «дет», not every term of the bank.
  CHECK(bank.search("дет*").total == bank.search("дет").total);
  CHECK_THROWS_WITH(bank.search("*"), Catch::Contains("нет слов для поиска"));
  CHECK(bank.search("((детей-инвалидов").total == bank.search("детей-инвалидов").total);
}

TEST_CASE("huge queries are cut with a warning", "[reliability][query]") {
  Bank& bank = corpus_bank();
  std::string ors;
  for (int i = 0; i < 10000; ++i) ors += (i ? " OR " : "") + std::string(i % 2 ? "аутизм" : "слово") + std::to_string(i);
  const auto r = bank.search(ors);
  REQUIRE(!r.warnings.empty());
  CHECK(r.warnings.front().find("сокращён") != std::string::npos);

  const std::string parens = std::string(20000, '(') + "дети" + std::string(20000, ')');
  CHECK(bank.search(parens).total == bank.search("дети").total);

  std::string book;
  while (book.size() < (4u << 20)) book += "социальная реабилитация детей ";
  const auto long_query = bank.search(book, {.match_any = true});
  CHECK(long_query.total > 0);
  CHECK(long_query.warnings.front() == "запрос сокращён до 64 КБ");
  std::string word;
  while (word.size() < (1u << 20)) word += "я";
  CHECK(bank.search(word).total == 0);  // one 1 MB word, cut to 64 KB
  CHECK_THROWS_WITH(bank.search("дети \xD0"), Catch::Contains("запрос не в кодировке UTF-8: недопустимый байт 9"));
}

TEST_CASE("a word too long for Xapian does not fail the batch", "[reliability]") {
  TempDir dir("reliab");
  Bank bank = Bank::create(dir.path);
  std::vector<Practice> batch = first(3);
  std::string cyrillic;
  while (cyrillic.size() < 6000) cyrillic += "ж";
  batch[1].summary += " " + std::string(5000, 'z') + " " + cyrillic + " https://example.org/" + std::string(400, 'a');
  const AddReport r = bank.add(batch);
  CHECK(r.added == 3);
  CHECK(bank.get(batch[1].id).summary == batch[1].summary);  // stored whole, only not a term

  Practice long_id = corpus()[5];
  long_id.id = std::string(300, 'x');
  CHECK_THROWS_AS(bank.add(std::vector<Practice>{corpus()[4], long_id}), InvalidArgument);
  CHECK(bank.size() == 3);  // nothing of the refused batch was written
  Practice latin1 = corpus()[6];
  latin1.summary = "caf\xE9";
  CHECK_THROWS_WITH(bank.add(std::vector<Practice>{corpus()[4], latin1}), Catch::Contains("text is not valid UTF-8"));
  CHECK(bank.size() == 3);
}

TEST_CASE("a reader keeps answering while another process commits", "[reliability][concurrency]") {
  TempDir dir("reliab");
  Bank::create(dir.path).add(first(1));
  Bank reader = Bank::open(dir.path);
  const std::size_t total = corpus().size();

  const pid_t writer = ::fork();
  if (writer == 0) {
    // One commit per practice, twice over: the reader's revision goes stale many times.
    try {
      Bank w = Bank::open(dir.path);
      for (int round = 0; round < 2; ++round)
        for (const auto& p : corpus()) w.add(p);
    } catch (...) {
      ::_exit(1);
    }
    ::_exit(0);
  }
  std::size_t searches = 0, failures = 0;
  std::string failure;
  int status = 0;
  while (::waitpid(writer, &status, WNOHANG) == 0) {
    try {
      reader.search("дети", {.limit = 20});
      reader.stats();
      ++searches;
    } catch (const std::exception& e) {
      ++failures;
      failure = e.what();
    }
  }
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  INFO(failure);
  CHECK(failures == 0);
  CHECK(searches > 0);
  reader.reopen();
  CHECK(reader.size() == total);
  CHECK(reader.search("аутизм").total >= 4);
}

TEST_CASE("a bank locked by another writer is reported, not a Xapian trace", "[reliability][paths]") {
  TempDir dir("reliab");
  Bank bank = Bank::create(dir.path);
  bank.add(first(2));
  {
    Xapian::WritableDatabase other(dir.path.string(), Xapian::DB_OPEN);
    CHECK_THROWS_WITH(bank.add(first(5)), Catch::Contains("is being written by another process"));
    CHECK(bank.search("дети").total > 0);  // reading still works while another process writes
  }
  CHECK(bank.size() == 2);
  bank.add(first(5));
  CHECK(bank.size() == 5);
}

TEST_CASE("a read-only bank can be searched, and writing says why it cannot", "[reliability][paths]") {
  TempDir dir("reliab");
  Bank::create(dir.path).add(first(4));
  fs::permissions(dir.path, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write, fs::perm_options::remove);
  // Root ignores permissions: the child drops to nobody first.
  const bool ok = in_child([&] {
    if (::geteuid() == 0 && ::setuid(65534) != 0) return false;
    try {
      Bank bank = Bank::open(dir.path);
      if (bank.size() != 4 || bank.search("дети", {.match_any = true}).results.empty()) return false;
      bank.add(first(6));
      return false;  // must not succeed
    } catch (const BankError& e) {
      return std::string(e.what()).find("cannot write bank") != std::string::npos &&
             std::string(e.what()).find("read-only") != std::string::npos;
    } catch (...) {
      return false;
    }
  });
  CHECK(ok);
  CHECK(Bank::open(dir.path).size() == 4);
}

TEST_CASE("a bank path that is a file, or a bank of another program", "[reliability][paths]") {
  TempDir dir("reliab");
  fs::create_directories(dir.path.parent_path());
  { std::ofstream(dir.path) << "not a directory"; }
  CHECK_THROWS_WITH(Bank::create(dir.path), Catch::Contains("is not a directory"));
  // A file is read as a federation file (index/src/federation.cpp); this one is not one.
  CHECK_THROWS_WITH(Bank::open(dir.path), Catch::Contains("not a bank directory, and not a federation file"));
  fs::remove(dir.path);
  {
    Xapian::WritableDatabase foreign(dir.path.string(), Xapian::DB_CREATE);
    Xapian::Document d;
    d.set_data("not json");
    foreign.add_document(d);
    foreign.set_metadata("practice.format", "99");
    foreign.commit();
  }
  CHECK_THROWS_AS(Bank::open(dir.path), IncompatibleBank);
}

TEST_CASE("a bank whose creation was killed half-way can be created again", "[reliability][paths]") {
  TempDir dir("reliab");
  fs::create_directories(dir.path);
  // What Xapian leaves before it writes "iamglass": the lock file and empty tables.
  for (const char* name : {"flintlock", "postlist.glass", "termlist.glass"}) std::ofstream(dir.path / name) << "";
  CHECK_THROWS_WITH(Bank::open(dir.path), Catch::Contains("is not a bank"));
  Bank bank = Bank::create(dir.path);
  bank.add(first(2));
  CHECK(Bank::open(dir.path).size() == 2);
  // Anything else in the directory still makes it "not a bank", and it is left alone.
  TempDir other;
  fs::create_directories(other.path);
  std::ofstream(other.path / "flintlock") << "";
  std::ofstream(other.path / "notes.txt") << "мои заметки";
  CHECK_THROWS_WITH(Bank::create(other.path), Catch::Contains("is not empty and is not a bank"));
  CHECK(fs::exists(other.path / "notes.txt"));
}

TEST_CASE("a write that ends in std::terminate is still described when it was a full disk", "[reliability][paths]") {
  // libxapian can throw while unwinding a failed commit: the terminate handler then has either
  // the exception or, with none in flight, the errno of the write that failed.
  const fs::path dir = "/tmp/some-bank";
  const auto disk = describe_write_error(std::make_exception_ptr(Xapian::DatabaseError("write failed", ENOSPC)), dir);
  CHECK(disk.find("no space left to write bank /tmp/some-bank") != std::string::npos);
  CHECK(describe_write_error(nullptr, dir, EFBIG).find("no space left to write bank /tmp/some-bank") != std::string::npos);
  CHECK(describe_write_error(nullptr, dir, EFBIG).find("kept as at its last completed batch") != std::string::npos);
  CHECK(describe_write_error(nullptr, dir, 0).empty());       // no clue: the handler aborts as before
  CHECK(describe_write_error(nullptr, dir, EACCES).empty());  // not a full disk
  CHECK(describe_write_error(std::make_exception_ptr(std::runtime_error("not Xapian")), dir).empty());
}
