// A federated bank over Xapian's remote backend: three regional banks (two served by
// xapian-tcpsrv on loopback, one local) answer like one local bank holding all practices.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/loader.hpp>
#include <practice/matcher.hpp>
#include <practice/profile.hpp>

#include "servers.hpp"
#include "support/fixtures.hpp"

using namespace practice;
using namespace fedtest;

using practice::testing::corpus;

namespace {

// Three regional banks (organisation regions dealt round-robin in name order) plus one holding all.
struct Banks {
  TempDir dir;
  std::vector<fs::path> shards;
  std::vector<std::set<std::string>> shard_ids;
  fs::path all;
  Banks() {
    const auto practices = corpus();
    std::set<std::string> regions;
    for (const auto& p : practices) regions.insert(p.organization.region);
    std::vector<std::vector<Practice>> parts(3);
    shard_ids.resize(3);
    for (const auto& p : practices) {
      const auto i = static_cast<std::size_t>(std::distance(regions.begin(), regions.find(p.organization.region))) % 3;
      parts[i].push_back(p);
      shard_ids[i].insert(p.id);
    }
    for (std::size_t i = 0; i < 3; ++i) {
      shards.push_back(dir.path / ("shard" + std::to_string(i)));
      Bank::create(shards.back()).add(parts[i]);
    }
    all = dir.path / "all";
    Bank::create(all).add(practices);
  }
};

Banks& banks() {
  static Banks b;
  return b;
}

fs::path write_federation(const fs::path& file, unsigned port1, unsigned port2, unsigned timeout_ms = 2000) {
  std::ofstream(file) << R"({"shards": [{"name": "shard0", "path": ")" << banks().shards[0].string()
                      << R"("}, {"name": "shard1", "remote": "127.0.0.1:)" << port1
                      << R"("}, {"name": "shard2", "remote": "127.0.0.1:)" << port2 << R"("}], "timeout_ms": )"
                      << timeout_ms << R"(, "connect_timeout_ms": 1000})";
  return file;
}

unsigned another_free_port(unsigned taken) {
  unsigned p = free_port();
  while (p == taken) p = free_port();
  return p;
}

// One federation served as the issue describes: shard1 by `practice serve-shard`, shard2 by
// xapian-tcpsrv directly, shard0 local. Shared by the read-only tests; stopped at exit.
struct Served {
  unsigned port1 = free_port(), port2 = another_free_port(port1);
  Server serve_shard{{PRACTICE_CLI, "serve-shard", "--db", banks().shards[1].string(), "--port", std::to_string(port1)}, port1};
  Server tcpsrv{fedtest::tcpsrv(banks().shards[2], port2), port2};
  TempDir dir;
  fs::path file = write_federation(dir.path / "federation.json", port1, port2);
};

Served& served() {
  static Served s;
  return s;
}

std::vector<std::string> ids(const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(h.id);
  return out;
}

std::vector<std::string> ids(const MatchResults& r) {
  std::vector<std::string> out;
  for (const auto& h : r.results) out.push_back(h.id);
  return out;
}

std::vector<std::string> head(std::vector<std::string> v, std::size_t n) {
  v.resize(std::min(n, v.size()));
  return v;
}

}  // namespace

TEST_CASE("a federation opens every shard and reports them", "[federation]") {
  const Bank fed = Bank::open(served().file);
  const Bank all = Bank::open(banks().all);
  CHECK(fed.size() == all.size());
  const auto shards = fed.shards();
  REQUIRE(shards.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(shards[i].name == "shard" + std::to_string(i));
    CHECK(shards[i].ok);
    CHECK(shards[i].documents == banks().shard_ids[i].size());
  }
  CHECK(fed.warnings().empty());
  CHECK(Bank::open(banks().all).shards().empty());
  // A practice held by a remote shard is read through it.
  const std::string remote_id = *banks().shard_ids[2].begin();
  CHECK(fed.get(remote_id) == all.get(remote_id));
  CHECK(fed.ids() == all.ids());
}

TEST_CASE("federated search ranks exactly like one local bank, thesaurus and compounds included", "[federation]") {
  const Bank fed = Bank::open(served().file);
  const Bank all = Bank::open(banks().all);
  // Thesaurus groups are one concept term and compounds a phrase of their parts, so every
  // weight comes from statistics Xapian combines across shards exactly.
  for (const char* q : {"реабилитация", "одиночество пожилых", "аутизм", "волонтёры", "трудоустройство молодых инвалидов",
                        "проблема:одиночество", "\"ранняя помощь\"", "дети-инвалиды", "семьи детей-инвалидов", "ОВЗ",
                        "ДЦП реабилитация", "РАС", "незрячие люди с нарушением зрения", "проблема:аутизм"}) {
    INFO(q);
    SearchOptions o;
    o.limit = 100;
    const SearchResults f = fed.search(q, o), l = all.search(q, o);
    REQUIRE(!l.results.empty());
    CHECK(ids(f.results) == ids(l.results));
    for (std::size_t i = 0; i < std::min(f.results.size(), l.results.size()); ++i)
      CHECK(f.results[i].weight == Approx(l.results[i].weight).epsilon(1e-9));
    CHECK(f.total == l.total);
    CHECK(f.facets == l.facets);
    CHECK(f.shards.size() == 3);
    CHECK(l.shards.empty());
  }
}

TEST_CASE("federated search with filters and facets", "[federation]") {
  const Bank fed = Bank::open(served().file);
  const Bank all = Bank::open(banks().all);
  SearchOptions filtered;
  filtered.region = "Бурятия";
  filtered.target_group = "дети-инвалиды";
  const SearchResults f = fed.search("", filtered), l = all.search("", filtered);
  CHECK(!l.results.empty());
  const auto fi = ids(f.results), li = ids(l.results);
  CHECK(std::set<std::string>(fi.begin(), fi.end()) == std::set<std::string>(li.begin(), li.end()));
  CHECK(f.facets == l.facets);
}

TEST_CASE("federated match recommends like one local bank", "[federation]") {
  const Bank fed = Bank::open(served().file);
  const Bank all = Bank::open(banks().all);
  std::size_t profiles = 0;
  for (const auto& entry : fs::directory_iterator(std::string(PRACTICE_CORPUS_DIR) + "/profiles")) {
    if (entry.path().extension() != ".json") continue;
    INFO(entry.path().filename().string());
    const Profile profile = load_profile(entry.path());
    const MatchResults f = match(fed, profile), l = match(all, profile);
    REQUIRE(!l.results.empty());
    CHECK(ids(f) == ids(l));
    for (std::size_t i = 0; i < std::min(f.results.size(), l.results.size()); ++i)
      CHECK(f.results[i].score == Approx(l.results[i].score).epsilon(1e-9));
    CHECK(f.results.front().explanation.signals.size() == l.results.front().explanation.signals.size());
    ++profiles;
  }
  CHECK(profiles >= 10);
}

TEST_CASE("federated stats and similar equal the local bank's", "[federation]") {
  const Bank fed = Bank::open(served().file);
  const Bank all = Bank::open(banks().all);
  const Stats f = fed.stats(), l = all.stats();
  CHECK(f.total == l.total);
  CHECK(f.by_region == l.by_region);
  CHECK(f.by_federal_district == l.by_federal_district);
  CHECK(f.by_target_group == l.by_target_group);
  CHECK(f.by_year == l.by_year);
  CHECK(f.replications == l.replications);
  const std::string id = *banks().shard_ids[1].begin();
  CHECK(head(ids(fed.similar(id, 5)), 1) == head(ids(all.similar(id, 5)), 1));
}

TEST_CASE("a federation is read-only", "[federation]") {
  Bank fed = Bank::open(served().file);
  CHECK_THROWS_AS(fed.add(corpus().front()), BankError);
  CHECK_THROWS_AS(fed.remove(corpus().front().id), BankError);
}

TEST_CASE("a shard stopped mid-session is left out with a warning naming it", "[federation]") {
  TempDir dir;
  const unsigned p1 = free_port(), p2 = another_free_port(p1);
  Server s1(tcpsrv(banks().shards[1], p1), p1);
  auto s2 = std::make_unique<Server>(tcpsrv(banks().shards[2], p2), p2);
  Bank fed = Bank::open(write_federation(dir.path / "f.json", p1, p2));
  REQUIRE(fed.search("реабилитация").warnings.empty());

  s2->stop();  // the connection open in `fed` dies with it
  SearchOptions o;
  o.limit = 100;
  const SearchResults r = fed.search("реабилитация", o);
  REQUIRE(!r.results.empty());
  for (const auto& h : r.results) CHECK(banks().shard_ids[2].count(h.id) == 0);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("shard2") != std::string::npos);
  REQUIRE(r.shards.size() == 3);
  CHECK(r.shards[0].ok);
  CHECK(r.shards[1].ok);
  CHECK_FALSE(r.shards[2].ok);
  // The two shards that answered give what a bank of their practices gives.
  CHECK(r.total == Bank::open(banks().all).search("реабилитация", [] {
    SearchOptions x;
    x.exclude_ids.assign(banks().shard_ids[2].begin(), banks().shard_ids[2].end());
    return x;
  }()).total);
  CHECK(!match(fed, load_profile(std::string(PRACTICE_CORPUS_DIR) + "/profiles/omsk-dementia-caregivers.json")).results.empty());

  // The shard comes back: reopen() uses it again.
  s2 = std::make_unique<Server>(tcpsrv(banks().shards[2], p2), p2);
  fed.reopen();
  CHECK(fed.warnings().empty());
  CHECK(fed.size() == Bank::open(banks().all).size());
}

TEST_CASE("a shard that does not answer times out instead of hanging", "[federation]") {
  TempDir dir;
  const unsigned p1 = free_port(), p2 = another_free_port(p1);
  Server s1(tcpsrv(banks().shards[1], p1), p1);
  Server s2(tcpsrv(banks().shards[2], p2), p2);
  s1.pause();  // accepts connections in the kernel, never replies
  const Bank fed = Bank::open(write_federation(dir.path / "f.json", p1, p2, 300));
  const SearchResults r = fed.search("реабилитация");
  s1.resume();
  CHECK(!r.results.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("shard1") != std::string::npos);
  CHECK(r.warnings[0].find("300") != std::string::npos);
}

TEST_CASE("a federation where no shard answers is an error, not an empty bank", "[federation]") {
  TempDir dir;
  const unsigned p1 = free_port(), p2 = another_free_port(p1);
  std::ofstream(dir.path / "f.json") << R"({"shards": [{"name": "a", "remote": "127.0.0.1:)" << p1
                                     << R"("}, {"name": "b", "remote": "127.0.0.1:)" << p2 << R"("}]})";
  CHECK_THROWS_WITH(Bank::open(dir.path / "f.json"), Catch::Contains("no shard") && Catch::Contains("127.0.0.1:" + std::to_string(p1)));
}

TEST_CASE("federation files: a Xapian stub file, and clear errors naming the file", "[federation]") {
  TempDir dir;
  std::ofstream(dir.path / "regions.stub") << "# three regional banks\nauto " << banks().shards[0].string() << "\nauto "
                                           << banks().shards[1].string() << "\nauto " << banks().shards[2].string() << "\n";
  const Bank stub = Bank::open(dir.path / "regions.stub");
  CHECK(stub.size() == Bank::open(banks().all).size());
  CHECK(stub.shards().size() == 3);

  std::ofstream(dir.path / "bad.json") << R"({"shards": [{"name": "x", "remote": "localhost"}]})";
  CHECK_THROWS_WITH(Bank::open(dir.path / "bad.json"), Catch::Contains("bad.json") && Catch::Contains("host:port"));
  std::ofstream(dir.path / "typo.json") << R"({"shards": [{"name": "x", "path": 7}]})";
  CHECK_THROWS_WITH(Bank::open(dir.path / "typo.json"), Catch::Contains("typo.json"));
  std::ofstream(dir.path / "bad.stub") << "auto " << banks().shards[0].string() << "\nflint /tmp/x\n";
  CHECK_THROWS_WITH(Bank::open(dir.path / "bad.stub"), Catch::Contains("bad.stub:2"));
}

namespace {
// The shared runner, with the exit status in `status` as these tests read it.
std::string run_cli(const std::string& args, int& status) {
  auto r = practice::testing::run_cli(args);
  status = r.status;
  return r.out;
}
}  // namespace

TEST_CASE("the CLI reports which shards answered, in --json and in text", "[federation][cli]") {
  TempDir dir;
  const unsigned p1 = free_port(), p2 = another_free_port(p1);
  Server s1(tcpsrv(banks().shards[1], p1), p1);
  const fs::path file = write_federation(dir.path / "f.json", p1, p2);  // nothing serves p2
  int status = -1;
  const auto search = nlohmann::json::parse(run_cli("search --json --db " + file.string() + " реабилитация 2>/dev/null", status));
  CHECK(status == 0);
  CHECK(!search["results"].empty());
  REQUIRE(search["shards"].size() == 3);
  CHECK(search["shards"][1]["ok"] == true);
  CHECK(search["shards"][2]["ok"] == false);
  CHECK(search["shards"][2]["name"] == "shard2");
  CHECK(search["warnings"].dump().find("shard2") != std::string::npos);

  const std::string profile = std::string(PRACTICE_CORPUS_DIR) + "/profiles/omsk-dementia-caregivers.json";
  const auto matched = nlohmann::json::parse(run_cli("match --json --db " + file.string() + " --profile " + profile + " 2>/dev/null", status));
  CHECK(status == 0);
  CHECK(!matched["results"].empty());
  CHECK(matched["shards"][2]["ok"] == false);
  CHECK(matched["warnings"].dump().find("shard2") != std::string::npos);

  const std::string text = run_cli("stats --db " + file.string(), status);
  CHECK(status == 0);
  CHECK(text.find("шард «shard2»") != std::string::npos);

  CHECK(run_cli("index --db " + file.string() + " " + PRACTICE_CORPUS_DIR + "/practices", status).find("read-only") != std::string::npos);
  CHECK(status == 3);
}
