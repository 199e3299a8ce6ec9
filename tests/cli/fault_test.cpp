// `practice index` interrupted (issue #7): killed with SIGKILL at many moments, or stopped by a
// full disk (RLIMIT_FSIZE). Afterwards the bank opens and holds exactly the practices of the
// batches committed so far, in load order; re-running the same command completes it, with
// nothing duplicated, and every stored practice equals what was read.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <practice/bank.hpp>
#include <practice/loader.hpp>

#include "support/fixtures.hpp"

using namespace practice;
namespace fs = std::filesystem;

using practice::testing::corpus;
using practice::testing::TempDir;

namespace {
const std::string practices_dir = std::string(PRACTICE_CORPUS_DIR) + "/practices";
constexpr std::size_t batch = 4;

struct Child {
  pid_t pid;
  fs::path err;  // its stderr
};

// Starts `practice index --db DIR --batch-size 4 corpus/practices`; `limit_bytes` > 0 caps the
// size of every file it writes, as a full disk would.
Child start_index(const fs::path& db, rlim_t limit_bytes = 0) {
  const fs::path err = db.string() + ".stderr";
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, 2);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    if (limit_bytes) {
      const rlimit rl{limit_bytes, limit_bytes};
      ::setrlimit(RLIMIT_FSIZE, &rl);
      ::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead of killing us
    }
    const std::string size = std::to_string(batch);
    ::execl(PRACTICE_CLI, PRACTICE_CLI, "index", "--db", db.c_str(), "--batch-size", size.c_str(), practices_dir.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return {pid, err};
}

int wait_for(const Child& c) {
  int status = 0;
  ::waitpid(c.pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The bank holds exactly the first n practices for some n that is a whole number of batches
// (or all of them), each as it was read. Returns n.
std::size_t check_committed_prefix(const fs::path& db) {
  Bank bank = Bank::open(db);
  const std::size_t n = bank.size();
  INFO("practices in the bank: " << n);
  CHECK((n % batch == 0 || n == corpus().size()));
  std::set<std::string> expected;
  for (std::size_t i = 0; i < n; ++i) expected.insert(corpus()[i].id);
  const auto ids = bank.ids();
  CHECK(std::set<std::string>(ids.begin(), ids.end()) == expected);
  for (const auto& p : bank.all()) {
    auto same = std::find_if(corpus().begin(), corpus().end(), [&](const Practice& c) { return c.id == p.id; });
    REQUIRE(same != corpus().end());
    Practice stored = p;
    stored.source = same->source;  // the source is not stored
    CHECK(stored == *same);
  }
  return n;
}

void check_complete(const fs::path& db) {
  const Child again = start_index(db);
  CHECK(wait_for(again) == 0);
  Bank bank = Bank::open(db);
  CHECK(bank.size() == corpus().size());
  const auto ids = bank.ids();
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == corpus().size());
  // A replaced practice is found once, not twice.
  const auto hits = bank.search("\"" + corpus()[0].title + "\"", {.limit = 100});
  CHECK(std::count_if(hits.results.begin(), hits.results.end(), [&](const SearchHit& h) { return h.id == corpus()[0].id; }) == 1);
}
}  // namespace

TEST_CASE("index killed with SIGKILL at many moments keeps the committed batches", "[fault][kill]") {
  REQUIRE(corpus().size() > 8 * batch);
  std::size_t killed_midway = 0;
  std::set<std::size_t> sizes_seen;
  // Moments from "before the bank exists" to "after the last commit", doubling.
  for (int delay_ms : {0, 2, 5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560}) {
    INFO("killed after " << delay_ms << " ms");
    TempDir dir("fault");
    const Child c = start_index(dir.path);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(c.pid, SIGKILL);
    const int code = wait_for(c);
    if (fs::exists(dir.path / "iamglass")) {
      const std::size_t n = check_committed_prefix(dir.path);
      sizes_seen.insert(n);
      if (code == 128 + SIGKILL && n < corpus().size()) ++killed_midway;
    }
    check_complete(dir.path);
  }
  // On a machine of any speed some kills land between the first and the last commit.
  WARN("killed mid-run: " << killed_midway << ", distinct committed sizes: " << sizes_seen.size());
  CHECK(killed_midway >= 1);
}

TEST_CASE("index on a full disk stops with a clear error, the bank as at the last commit", "[fault][disk]") {
  // How big the files of the whole bank get, to set a limit it cannot reach.
  TempDir full;
  REQUIRE(wait_for(start_index(full.path)) == 0);
  std::uintmax_t largest = 0;
  for (const auto& f : fs::directory_iterator(full.path)) largest = std::max(largest, f.file_size());

  TempDir dir("fault");
  const Child c = start_index(dir.path, static_cast<rlim_t>(largest / 2));
  CHECK(wait_for(c) == 3);
  const std::string err = read_file(c.err);
  INFO(err);
  CHECK(err.find("practice: error: no space left to write bank") != std::string::npos);
  CHECK(err.find("kept as at its last completed batch") != std::string::npos);
  const std::size_t n = check_committed_prefix(dir.path);
  CHECK(n > 0);
  CHECK(n < corpus().size());
  check_complete(dir.path);
}
