// A tour of the public API: build a bank from the shipped corpus, search it, match a profile.
// Usage: search_and_match CORPUS_DIR BANK_DIR
#include <iostream>

#include <practice/bank.hpp>
#include <practice/loader.hpp>
#include <practice/matcher.hpp>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: search_and_match CORPUS_DIR BANK_DIR\n";
    return 2;
  }
  // 1. Read every practice description in the corpus (template text, JSON or JSON Lines).
  std::vector<practice::Practice> practices;
  for (auto& lp : practice::load_paths({std::string(argv[1]) + "/practices"}).practices) practices.push_back(lp.practice);

  // 2. Create the bank and add them in one transaction.
  practice::Bank bank = practice::Bank::create(argv[2]);
  bank.add(practices);

  // 3. Search in Russian: inflections, ё/е and hyphenated compounds are handled by the analyzer.
  for (const auto& hit : bank.search("детей-инвалидов", {.region = "Бурятия", .limit = 3}).results)
    std::cout << hit.id << "  " << hit.title << "  " << hit.score << "\n";

  // 4. Recommend practices to an NGO and print why.
  practice::Profile profile;
  profile.region = "Иркутская область";
  profile.target_groups = {"семьи, воспитывающие детей с аутизмом"};
  profile.problem = "родители остаются одни со своей бедой, денег нет";
  for (const auto& rec : practice::match(bank, profile, {.limit = 3, .weights = {}}).results) {
    std::cout << rec.title << " — " << rec.score << "\n";
    for (const auto& s : rec.explanation.signals) std::cout << "    " << s.signal << ": " << s.contribution << "\n";
  }
}
