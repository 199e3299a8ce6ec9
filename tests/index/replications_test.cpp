#include <catch2/catch.hpp>

#include <filesystem>

#include <practice/loader.hpp>
#include <practice/replications.hpp>

using namespace practice;
namespace fs = std::filesystem;

TEST_CASE("replications from the shipped file are recorded once and counted by stats", "[replications]") {
  const fs::path dir = fs::temp_directory_path() / ("practice-repl-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Bank bank = Bank::create(dir);
  std::vector<Practice> ps;
  for (auto& lp : load_paths({std::string(PRACTICE_CORPUS_DIR) + "/practices"}).practices) ps.push_back(lp.practice);
  bank.add(ps);
  const std::size_t size = bank.size();

  const auto load = load_replication_records(std::string(PRACTICE_CORPUS_DIR) + "/replications.jsonl");
  REQUIRE(load.errors.empty());
  REQUIRE(load.records.size() == 8);
  const auto first = record_replications(bank, load.records);
  CHECK(first.recorded == 8);
  CHECK(first.errors.empty());
  const auto again = record_replications(bank, load.records);
  CHECK(again.recorded == 0);
  CHECK(again.duplicates == 8);
  CHECK(bank.size() == size);  // practices updated in place, none added or lost

  const Stats s = bank.stats();
  CHECK(s.replications == 8);
  CHECK(s.replications_by_region.at("Омская область") == 1);
  CHECK(s.replications_by_practice.at("sotsial-noye-taksi-sel-skiy-marshrut-55cd65") == 2);
  const Practice taxi = bank.get("sotsial-noye-taksi-sel-skiy-marshrut-55cd65");
  REQUIRE(taxi.replications.size() == 2);
  CHECK(taxi.replications[1].organization == "Фонд «Дорога к дому»");
  CHECK(taxi.title == "Социальное такси «Сельский маршрут»");  // the rest of the practice is intact

  ReplicationRecord unknown{"no-such-practice", {"НКО", "Омская область", 2024, ""}, "more.jsonl", 3};
  const auto r = record_replications(bank, {unknown});
  CHECK(r.recorded == 0);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].to_string() == "more.jsonl:3: практика «no-such-practice» не найдена в банке");
  CHECK(bank.stats().replications == 8);
  fs::remove_all(dir);
}
