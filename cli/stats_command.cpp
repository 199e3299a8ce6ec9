#include <iostream>

#include <practice/bank.hpp>
#include <practice/json.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_stats(const StatsArgs& a, std::ostream& out, std::ostream& err) {
  const Bank bank = Bank::open(a.db);
  const Stats s = bank.stats();
  if (a.json) {
    nlohmann::json j = s;
    add_shard_report(bank, j);
    out << j.dump(2) << "\n";
    return 0;
  }
  print_shard_warnings(bank, err);
  out << "Всего практик: " << s.total << "\n";
  auto section = [&](const char* title, const std::map<std::string, std::size_t>& counts) {
    out << "\n" << title << ":\n";
    for (const auto& [k, v] : counts) out << "  " << k << ": " << v << "\n";
  };
  section("По регионам", s.by_region);
  section("По федеральным округам", s.by_federal_district);
  section("По целевым группам", s.by_target_group);
  section("По годам (действовали в году)", s.by_year);
  out << "\nТиражирований: " << s.replications << "\n";
  for (const auto& [k, v] : s.replications_by_region) out << "  " << k << ": " << v << "\n";
  if (!s.replications_by_practice.empty()) out << "\nТиражирования по практикам:\n";
  for (const auto& [id, v] : s.replications_by_practice) {
    const auto p = bank.find(id);
    out << "  " << (p ? p->title : id) << " [" << id << "]: " << v << "\n";
  }
  return 0;
}

}  // namespace practice::cli
