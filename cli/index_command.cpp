#include <iostream>

#include <practice/bank.hpp>
#include <practice/loader.hpp>

#include "batch_writer.hpp"
#include "commands.hpp"

namespace practice::cli {

int run_index(const IndexArgs& a, std::ostream& out, std::ostream& err) {
  report_write_aborts(a.db);
  Bank bank = Bank::create(a.db);
  std::size_t failed = 0;
  BatchWriter writer(bank, a.batch, [&](const AddReport& total) {
    if (a.progress) err << "\rиндексировано: " << total.added + total.replaced << std::flush;
  });
  for (const auto& input : a.inputs)
    load_path(
        input,
        [&](LoadedPractice&& lp) {
          writer.add(std::move(lp.practice));
        },
        [&](LoadError&& e) {
          ++failed;
          err << "practice: " << e.to_string() << "\n";
        });
  writer.flush();
  if (a.progress) err << "\n";
  const AddReport& total = writer.total();
  out << "добавлено: " << total.added << ", заменено: " << total.replaced << ", с ошибками: " << failed
      << "; всего в банке: " << bank.size() << "\n";
  return failed ? 1 : 0;
}

}  // namespace practice::cli
