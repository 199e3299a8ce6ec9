// Read copies: a replica kept by Xapian's replication tools (through scripts/replica.sh)
// answers like the master, before and after the master is updated.
#include <catch2/catch.hpp>

#include <cstdlib>

#include <practice/bank.hpp>
#include <practice/loader.hpp>

#include "servers.hpp"

using namespace practice;
using namespace fedtest;

namespace {

std::vector<std::string> ids(const SearchResults& r) {
  std::vector<std::string> out;
  for (const auto& h : r.results) out.push_back(h.id);
  return out;
}

void check_same_answers(const Bank& replica, const Bank& master) {
  CHECK(replica.size() == master.size());
  CHECK(replica.ids() == master.ids());
  for (const char* q : {"реабилитация", "дети-инвалиды", "одиночество пожилых"}) {
    INFO(q);
    const SearchResults r = replica.search(q), m = master.search(q);
    CHECK(ids(r) == ids(m));
    CHECK(r.facets == m.facets);
  }
  CHECK(replica.stats().by_region == master.stats().by_region);
}

}  // namespace

TEST_CASE("a replica updated through xapian-replicate answers like the master", "[federation][replication]") {
  // Changesets let the replica receive only the update; without them a full copy is sent.
  ::setenv("XAPIAN_MAX_CHANGESETS", "10", 1);
  std::vector<Practice> practices;
  for (auto& lp : load_paths({std::string(PRACTICE_CORPUS_DIR) + "/practices"}).practices) practices.push_back(lp.practice);
  const std::size_t half = practices.size() / 2;

  TempDir dir;
  const fs::path root = dir.path / "master", replica = dir.path / "replica";
  fs::create_directories(root);
  Bank master = Bank::create(root / "altai");
  master.add(std::vector<Practice>(practices.begin(), practices.begin() + static_cast<std::ptrdiff_t>(half)));

  const unsigned port = free_port();
  const std::string script = std::string(PRACTICE_SCRIPTS_DIR) + "/replica.sh";
  Server server({"bash", script, "serve", root.string(), std::to_string(port)}, port);
  const std::string pull = "bash " + script + " pull 127.0.0.1:" + std::to_string(port) + " altai " + replica.string() + " --once";

  REQUIRE(std::system(pull.c_str()) == 0);
  check_same_answers(Bank::open(replica), master);

  // The centre keeps writing; the next pull brings the replica up to date.
  master.add(std::vector<Practice>(practices.begin() + static_cast<std::ptrdiff_t>(half), practices.end()));
  master.remove(practices.front().id);
  REQUIRE(std::system(pull.c_str()) == 0);
  const Bank updated = Bank::open(replica);
  CHECK(updated.size() == practices.size() - 1);
  CHECK_FALSE(updated.find(practices.front().id));
  check_same_answers(updated, master);
  // A replica is a read copy: it opens through Xapian's stub file in the replica folder.
  CHECK(fs::exists(replica / "XAPIANDB"));
}
