#include <catch2/catch.hpp>

#include <practice/replication_records.hpp>

using namespace practice;

TEST_CASE("replication records: good lines load, bad lines are reported with their line", "[replications]") {
  const std::string text =
      "{\"practice\": \"a-1\", \"organization\": \"АНО «Ступени»\", \"region\": \"Респ. Бурятия\", \"year\": 2023, \"outcome\": \"14 семей\"}\n"
      "\n"
      "{\"practice\": \"a-2\", \"region\": \"Атлантида\"}\n"
      "{\"organization\": \"без практики\"}\n"
      "{\"practice\": \"a-3\", \"year\": \"давно\"}\n"
      "{\"practice\": \"a-4\", \"year\": 1812}\n"
      "не json\n"
      "[1, 2]\n";
  const auto r = parse_replication_records(text, "reps.jsonl");
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].practice_id == "a-1");
  CHECK(r.records[0].replication.region == "Республика Бурятия");  // normalised to the table's name
  CHECK(r.records[0].replication.year == 2023);
  CHECK(r.records[0].line == 1);
  REQUIRE(r.errors.size() == 6);
  CHECK(r.errors[0].to_string().rfind("reps.jsonl:3: неизвестный регион «Атлантида»", 0) == 0);
  CHECK(r.errors[1].to_string() == "reps.jsonl:4: не указан идентификатор практики (поле \"practice\")");
  CHECK(r.errors[2].line == 5);
  CHECK(r.errors[2].message.find("year") != std::string::npos);
  CHECK(r.errors[3].message == "год тиражирования 1812 вне допустимого диапазона");
  CHECK(r.errors[4].line == 7);
  CHECK(r.errors[4].message.find("не является корректным JSON") != std::string::npos);
  CHECK(r.errors[5].line == 8);
}

TEST_CASE("replication records: broken UTF-8 and empty input", "[replications]") {
  const auto bad = parse_replication_records("{\"practice\": \"a\"}\n{\"practice\": \"\xD0\"}\n", "x.jsonl");
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].line == 2);
  CHECK(bad.records.empty());  // nothing half-read from a broken file
  const auto empty = parse_replication_records("  \n", "empty.jsonl");
  REQUIRE(empty.errors.size() == 1);
  CHECK(empty.errors[0].message == "файл пуст");
  const auto missing = load_replication_records("/nonexistent/reps.jsonl");
  REQUIRE(missing.errors.size() == 1);
  CHECK(missing.errors[0].message == "файл не найден");
}

TEST_CASE("replication records: numbers beyond double and deep nesting are reported, not thrown", "[replications]") {
  const std::string deep = "{\"practice\": \"a\", \"outcome\": " + std::string(100, '[') + std::string(100, ']') + "}\n";
  const auto r = parse_replication_records("{\"practice\": \"a\", \"year\": 1e999}\n" + deep, "odd.jsonl");
  CHECK(r.records.empty());
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].line == 1);
  CHECK(r.errors[1].line == 2);
}
