#include <catch2/catch.hpp>

#include <practice/regions.hpp>

using namespace practice;

TEST_CASE("region names people write resolve to one subject", "[text]") {
  const auto& t = RegionTable::russia();
  const std::pair<const char*, const char*> table[] = {
      {"Респ. Бурятия", "03"},        {"Бурятия", "03"},          {"Республика Бурятия", "03"},
      {"г.Курск Курская область ЦФО", "46"}, {"в Иркутской области", "38"}, {"г. Новосибирск", "54"},
      {"Алтайский край", "22"},       {"Республика Алтай", "04"}, {"ХМАО", "86"},
      {"КБР", "07"},                  {"Кузбасс", "42"},          {"Пермская область", "59"},
  };
  for (const auto& [text, id] : table) {
    INFO(text);
    const Region* r = t.resolve(text);
    REQUIRE(r != nullptr);
    CHECK(r->id == id);
  }
  CHECK(t.resolve("Атлантида") == nullptr);
}

TEST_CASE("region relations", "[text]") {
  const auto& t = RegionTable::russia();
  const Region& irkutsk = *t.resolve("Иркутская область");
  CHECK(t.relation(irkutsk, irkutsk) == RegionRelation::same);
  CHECK(t.relation(irkutsk, *t.resolve("Бурятия")) == RegionRelation::neighbour);
  CHECK(t.relation(irkutsk, *t.resolve("Омская область")) == RegionRelation::district);
  CHECK(t.relation(irkutsk, *t.resolve("Краснодарский край")) == RegionRelation::other);
  CHECK(t.suggest("Иркуцкая обл").front() == "Иркутская область");
}
