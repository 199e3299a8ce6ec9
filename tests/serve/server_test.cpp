// The HTTP API of `practice serve`, in process, over banks built from the shipped corpus.
#include <catch2/catch.hpp>

#include <atomic>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/loader.hpp>
#include <practice/matcher.hpp>
#include <practice/profile.hpp>
#include <practice/server.hpp>

#include "support/fixtures.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

using practice::testing::corpus;
using practice::testing::TempDir;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("practice-serve-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  return dir;
}

// The whole corpus, built once for the tests that only read.
const fs::path& corpus_bank() {
  static const fs::path dir = [] {
    const fs::path d = fresh_dir("corpus");
    practice::Bank::create(d).add(corpus());
    return d;
  }();
  return dir;
}

// A server on a free loopback port, serving in a background thread until destroyed.
struct Running {
  practice::Server server;
  int port;
  std::thread thread;
  explicit Running(practice::ServerOptions o) : server(std::move(o)), port(server.bind()), thread([this] { server.run(); }) {}
  ~Running() {
    server.stop();
    thread.join();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(std::chrono::seconds(60));
    return c;
  }
};

practice::ServerOptions options_for(const fs::path& db) {
  practice::ServerOptions o;
  o.db = db;
  o.port = 0;
  o.workers = 2;
  o.connections = 8;
  o.time_limit = std::chrono::seconds(60);  // the shared test machine may be slow; the bound is tested apart
  return o;
}

Running& shared_server() {
  static Running r([] {
    auto o = options_for(corpus_bank());
    o.cors_origins = {"https://portal.example.org"};
    o.max_body_bytes = 16 * 1024;
    o.max_query_bytes = 200;
    return o;
  }());
  return r;
}

json body_of(const httplib::Result& r) {
  REQUIRE(r);
  CHECK(r->get_header_value("Content-Type") == "application/json; charset=utf-8");
  return json::parse(r->body);
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::string url_encode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
    else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("GET /healthz and /api/stats report the bank", "[serve]") {
  auto c = shared_server().client();
  const auto health = c.Get("/healthz");
  REQUIRE(health->status == 200);
  CHECK(body_of(health) == json{{"status", "ok"}, {"practices", corpus().size()}});

  const auto stats = c.Get("/api/stats");
  REQUIRE(stats->status == 200);
  CHECK(body_of(stats) == json(practice::Bank::open(corpus_bank()).stats()));
}

TEST_CASE("GET /api/search answers with the CLI's JSON: results, facets, snippets", "[serve]") {
  auto c = shared_server().client();
  const auto r = c.Get("/api/search?q=" + url_encode("детей-инвалидов волонтёры") + "&limit=3");
  REQUIRE(r->status == 200);
  const json j = body_of(r);
  const json expected = practice::Bank::open(corpus_bank()).search("детей-инвалидов волонтёры", {.limit = 3});
  CHECK(j["query"] == "детей-инвалидов волонтёры");
  CHECK(j["total"] == expected["total"]);
  REQUIRE(j["results"].size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(j["results"][i]["id"] == expected["results"][i]["id"]);
    CHECK(j["results"][i]["snippet"] == expected["results"][i]["snippet"]);
  }
  CHECK(j["results"][0]["snippet"].get<std::string>().find("<b>") != std::string::npos);
  CHECK(j["facets"].contains("region"));
  CHECK(j["facets"].contains("target_group"));

  SECTION("region filter in any spelling, offset pages on") {
    const json by_region = body_of(c.Get("/api/search?q=" + url_encode("инвалидов") + "&region=" + url_encode("Респ. Бурятия")));
    REQUIRE_FALSE(by_region["results"].empty());
    for (const auto& h : by_region["results"]) CHECK(h["region"] == "Республика Бурятия");
    const json page1 = body_of(c.Get("/api/search?q=" + url_encode("инвалидов") + "&limit=2"));
    const json page2 = body_of(c.Get("/api/search?q=" + url_encode("инвалидов") + "&limit=2&offset=2"));
    CHECK(page2["results"][0]["id"] != page1["results"][0]["id"]);
    CHECK(page2["results"][0]["id"] != page1["results"][1]["id"]);
  }
  SECTION("a target group filter alone browses the bank") {
    const auto tg = c.Get("/api/search?target_group=" + url_encode("дети с РАС"));
    REQUIRE(tg->status == 200);
    CHECK(body_of(tg)["total"].get<int>() > 0);
  }
}

TEST_CASE("GET /api/search rejects bad queries with 400 or 414 and a JSON error", "[serve]") {
  auto c = shared_server().client();
  auto error_of = [&](const std::string& target, int status) {
    const auto r = c.Get(target);
    REQUIRE(r);
    CHECK(r->status == status);
    const json j = body_of(r);
    CHECK(j["status"] == status);
    return j["error"].get<std::string>();
  };
  CHECK(error_of("/api/search", 400).find("пустой запрос") != std::string::npos);
  CHECK(error_of("/api/search?q=" + url_encode("дети") + "&limit=abc", 400).find("limit") != std::string::npos);
  CHECK(error_of("/api/search?q=" + url_encode("дети") + "&limit=0", 400).find("limit") != std::string::npos);
  CHECK(error_of("/api/search?q=" + url_encode("дети") + "&offset=-1", 400).find("offset") != std::string::npos);
  CHECK(error_of("/api/search?q=" + url_encode("дети") + "&region=" + url_encode("Атлантида"), 400).find("неизвестный регион") !=
        std::string::npos);
  CHECK(error_of("/api/search?q=%FF%FE", 400).find("UTF-8") != std::string::npos);
  CHECK(error_of("/api/search?q=" + std::string(201, 'a'), 414).find("200") != std::string::npos);
  CHECK_FALSE(error_of("/api/nothing-here", 404).empty());
}

TEST_CASE("POST /api/match takes a profile and explains each recommendation", "[serve]") {
  auto c = shared_server().client();
  const std::string profile = read_file(fs::path(PRACTICE_CORPUS_DIR) / "profiles/irkutsk-autism-families.json");
  const auto r = c.Post("/api/match?limit=3", profile, "application/json");
  REQUIRE(r->status == 200);
  const json j = body_of(r);
  const json expected = practice::match(practice::Bank::open(corpus_bank()),
                                        practice::parse_profile(profile, "profile"), {.limit = 3});
  REQUIRE(j["results"].size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(j["results"][i]["id"] == expected["results"][i]["id"]);
    CHECK(j["results"][i]["explanation"] == expected["results"][i]["explanation"]);
  }
  CHECK(j["results"][0]["explanation"]["signals"].size() >= 4);
  CHECK(j["notes"] == expected["notes"]);

  SECTION("bad profiles are 400 with the reason") {
    const auto broken = c.Post("/api/match", "{\"problem\": ", "application/json");
    CHECK(broken->status == 400);
    CHECK(body_of(broken)["error"].get<std::string>().find("тело запроса") != std::string::npos);
    const auto empty = c.Post("/api/match", R"({"region": "Иркутская область"})", "application/json");
    CHECK(empty->status == 400);
    const auto wrong_type = c.Post("/api/match", R"({"problem": "аутизм", "target_groups": 5})", "application/json");
    CHECK(wrong_type->status == 400);
    const auto bad_limit = c.Post("/api/match?limit=100000", R"({"problem": "аутизм"})", "application/json");
    CHECK(bad_limit->status == 400);
  }
  SECTION("a body over the limit is 413") {
    const std::string big = R"({"problem": ")" + std::string(20 * 1024, 'x') + "\"}";
    const auto r413 = c.Post("/api/match", big, "application/json");
    REQUIRE(r413);
    CHECK(r413->status == 413);
    CHECK(body_of(r413)["status"] == 413);
  }
}

TEST_CASE("GET /api/similar/{id} and /api/practices/{id}, 404 for an unknown id", "[serve]") {
  auto c = shared_server().client();
  const practice::Bank bank = practice::Bank::open(corpus_bank());
  const std::string id = bank.ids().front();

  const json similar = body_of(c.Get("/api/similar/" + id + "?limit=4"));
  CHECK(similar["id"] == id);
  REQUIRE(similar["results"].size() == 4);
  for (const auto& h : similar["results"]) CHECK(h["id"] != id);
  CHECK(similar["results"] == json(bank.similar(id, 4)));

  const auto shown = c.Get("/api/practices/" + id);
  REQUIRE(shown->status == 200);
  CHECK(body_of(shown) == json(bank.get(id)));

  for (const std::string path : {"/api/practices/no-such-practice", "/api/similar/no-such-practice"}) {
    const auto missing = c.Get(path);
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(body_of(missing)["error"].get<std::string>().find("no-such-practice") != std::string::npos);
  }
}

TEST_CASE("CORS headers only for configured origins", "[serve]") {
  auto c = shared_server().client();
  const auto allowed = c.Get("/api/stats", {{"Origin", "https://portal.example.org"}});
  CHECK(allowed->get_header_value("Access-Control-Allow-Origin") == "https://portal.example.org");
  const auto other = c.Get("/api/stats", {{"Origin", "https://evil.example.com"}});
  CHECK(other->status == 200);
  CHECK_FALSE(other->has_header("Access-Control-Allow-Origin"));

  const auto preflight = c.Options("/api/match", {{"Origin", "https://portal.example.org"},
                                                   {"Access-Control-Request-Method", "POST"}});
  CHECK(preflight->status == 204);
  CHECK(preflight->get_header_value("Access-Control-Allow-Methods").find("POST") != std::string::npos);
  const auto refused = c.Options("/api/match", {{"Origin", "https://evil.example.com"}});
  CHECK_FALSE(refused->has_header("Access-Control-Allow-Methods"));

  Running no_cors(options_for(corpus_bank()));  // the default: no origin is allowed
  const auto none = no_cors.client().Get("/api/stats", {{"Origin", "https://portal.example.org"}});
  CHECK(none->status == 200);
  CHECK_FALSE(none->has_header("Access-Control-Allow-Origin"));
}

TEST_CASE("GET / serves the Russian page and its assets", "[serve]") {
  auto c = shared_server().client();
  const auto page = c.Get("/");
  REQUIRE(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("<html lang=\"ru\">") != std::string::npos);
  CHECK(page->body.find("Подобрать практики для моей организации") != std::string::npos);
  CHECK(page->get_header_value("Content-Security-Policy").find("default-src 'self'") != std::string::npos);
  CHECK(c.Get("/app.js")->body.find("snippetHtml") != std::string::npos);
  CHECK(c.Get("/style.css")->get_header_value("Content-Type") == "text/css; charset=utf-8");
}

TEST_CASE("a bank updated by another writer is served without a restart", "[serve]") {
  const fs::path dir = fresh_dir("reopen");
  const auto ps = corpus();
  practice::Bank::create(dir).add(std::vector<practice::Practice>(ps.begin(), ps.begin() + 2));
  Running r(options_for(dir));
  auto c = r.client();
  CHECK(body_of(c.Get("/healthz"))["practices"] == 2);
  CHECK(c.Get("/api/practices/" + ps[2].id)->status == 404);

  practice::Bank::open(dir).add(ps[2]);  // as `practice index` would, from outside the server

  for (int i = 0; i < 4; ++i) CHECK(body_of(c.Get("/healthz"))["practices"] == 3);  // every worker sees it
  CHECK(c.Get("/api/practices/" + ps[2].id)->status == 200);
}

TEST_CASE("concurrent requests are served by the worker pool", "[serve]") {
  const json expected = practice::Bank::open(corpus_bank()).search("реабилитация", {.limit = 5});
  std::atomic<int> same{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t)
    clients.emplace_back([&] {
      auto c = shared_server().client();
      for (int i = 0; i < 5; ++i) {
        const auto res = c.Get("/api/search?q=" + url_encode("реабилитация") + "&limit=5");
        if (res && res->status == 200 && json::parse(res->body)["results"] == expected["results"]) ++same;
      }
    });
  for (auto& t : clients) t.join();
  CHECK(same == 20);
}

TEST_CASE("a request past its time bound gets 503", "[serve]") {
  auto o = options_for(corpus_bank());
  o.time_limit = std::chrono::milliseconds(0);  // every deadline has passed before a worker starts
  Running r(o);
  const auto res = r.client().Get("/api/search?q=" + url_encode("дети"));
  REQUIRE(res);
  CHECK(res->status == 503);
  CHECK(body_of(res)["error"].get<std::string>().find("время") != std::string::npos);
}

TEST_CASE("the access log has one Combined Log Format line per request", "[serve]") {
  std::ostringstream log;
  {
    auto o = options_for(corpus_bank());
    o.access_log = &log;
    Running r(o);
    auto c = r.client();
    c.Get("/healthz", {{"User-Agent", "portal \"test\""}, {"Referer", "https://portal.example.org/"}});
    c.Get("/api/practices/no-such-practice");
  }  // stopped: every line is written
  // A worker logs after sending its response, so under load the second request's line may come
  // first: find each request's line.
  std::istringstream lines(log.str());
  std::string first, second, line;
  std::size_t count = 0;
  while (std::getline(lines, line)) {
    ++count;
    (line.find("GET /healthz") != std::string::npos ? first : second) = line;
  }
  CHECK(count == 2);
  const std::regex combined(
      R"re(^127\.0\.0\.1 - - \[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d \+0000\] "GET /healthz HTTP/1\.1" 200 \d+ "https://portal\.example\.org/" "portal \\"test\\""$)re");
  CHECK(std::regex_match(first, combined));
  CHECK(second.find("\"GET /api/practices/no-such-practice HTTP/1.1\" 404 ") != std::string::npos);
}

TEST_CASE("a missing bank fails before serving", "[serve]") {
  CHECK_THROWS_AS(practice::Server{options_for(fresh_dir("missing"))}, practice::BankError);
}

TEST_CASE("a busy port is refused, not shared (no SO_REUSEPORT)", "[serve]") {
  practice::ServerOptions o = options_for(corpus_bank());
  o.port = shared_server().port;
  practice::Server second(o);
  CHECK_THROWS_AS(second.bind(), practice::Error);
}

TEST_CASE("`practice serve` without a bank exits 3 with the reason", "[serve][cli]") {
  const auto r = practice::testing::run_cli("serve --port 0 --db " + fresh_dir("none").string());
  CHECK(r.status == 3);
  CHECK(r.out.find("practice: error:") != std::string::npos);
}
