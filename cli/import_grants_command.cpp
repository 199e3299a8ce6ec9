#include <algorithm>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include <practice/bank.hpp>
#include <practice/grants_import.hpp>

#include "batch_writer.hpp"
#include "commands.hpp"

namespace practice::cli {

int run_import_grants(const ImportGrantsArgs& a, std::ostream& out, std::ostream& err) {
  report_write_aborts(a.db);
  Bank bank = Bank::create(a.db);
  BatchWriter writer(bank, a.batch);
  const GrantsImportReport report = import_grants(a.file, [&](Practice&& p) { writer.add(std::move(p)); });
  writer.flush();
  const AddReport& total = writer.total();
  const std::size_t indexed = total.added + total.replaced;

  if (a.json) {
    nlohmann::json j = report;
    j["indexed"] = indexed;
    j["added"] = total.added;
    j["replaced"] = total.replaced;
    j["total_in_bank"] = bank.size();
    out << j.dump(2) << "\n";
  } else {
    for (const auto& e : report.errors) err << "practice: " << e.to_string() << "\n";
    out << "прочитано записей: " << report.read << ", проиндексировано: " << indexed << " (добавлено: " << total.added
        << ", заменено: " << total.replaced << "), с ошибками: " << report.errors.size() << "; всего в банке: " << bank.size()
        << "\n";
    out << "регион указан: " << report.with_region << ", распознан: " << report.resolved << " (" << std::fixed
        << std::setprecision(1) << 100.0 * report.resolved_share() << "%)\n";
    if (!report.unresolved.empty()) {
      std::vector<std::pair<std::string, std::size_t>> rows(report.unresolved.begin(), report.unresolved.end());
      std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
      out << "нераспознанные регионы:\n";
      for (const auto& [region, count] : rows) out << "  " << count << "  «" << region << "»\n";
    }
  }
  return report.errors.empty() ? 0 : 1;
}

}  // namespace practice::cli
