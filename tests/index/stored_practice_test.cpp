// The bank stores each practice in its own compact form (index/src/stored_practice): what
// find() reads back must be the practice that was added, field for field, and damaged data must
// give a clear error, not a wrong practice.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <practice/bank.hpp>
#include <practice/error.hpp>

#include "support/fixtures.hpp"

using namespace practice;
using practice::testing::corpus;
using practice::testing::TempDir;

TEST_CASE("every corpus practice reads back from the bank exactly as added", "[index][stored]") {
  TempDir dir("stored");
  Bank bank = Bank::create(dir.path);
  bank.add(corpus());
  REQUIRE(corpus().size() >= 60);
  for (const auto& p : corpus()) {
    const auto back = bank.find(p.id);
    REQUIRE(back);
    CHECK(*back == p);
  }
}

TEST_CASE("years before zero, absent years, replications and empty items read back", "[index][stored]") {
  TempDir dir("stored");
  Practice p = corpus().front();
  p.id = "edge-practice";
  p.period = {-5, std::nullopt, true};
  p.tasks = {"", "ёлка — «кавычки»\nвторая строка", std::string(300, 'x')};
  p.stages.clear();
  p.replications = {{"АНО «Свет»", "Иркутская область", 2021, "прижилась"}, {"", "", std::nullopt, ""}};
  p.contacts.website = "https://example.org/?q=1&x=\"2\"";
  p.status = "действует";
  Bank bank = Bank::create(dir.path);
  bank.add(p);
  CHECK(bank.get(p.id) == p);
  p.period = {2019, 2147483647, false};
  bank.add(p);
  CHECK(bank.get(p.id) == p);
}

TEST_CASE("a damaged stored practice is a BankError naming the fix", "[index][stored]") {
  TempDir dir("stored");
  const Practice& p = corpus().front();
  { Bank::create(dir.path).add(p); }
  {
    Xapian::WritableDatabase w(dir.path.string());
    const Xapian::docid id = *w.postlist_begin("Q" + p.id);
    Xapian::Document doc = w.get_document(id);
    const std::string data = doc.get_data();
    doc.set_data(data.substr(0, data.size() / 2));  // cut in the middle of a field
    w.replace_document(id, doc);
    w.commit();
  }
  const Bank bank = Bank::open(dir.path);
  CHECK_THROWS_WITH(bank.find(p.id), Catch::Contains("rebuild the bank"));
  CHECK_THROWS_AS(bank.find(p.id), BankError);
}
