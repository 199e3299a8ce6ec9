#include <iostream>

#include <practice/bank.hpp>
#include <practice/loader.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_index(const IndexArgs& a, std::ostream& out, std::ostream& err) {
  Bank bank = Bank::create(a.db);
  AddReport total;
  std::size_t failed = 0, read = 0;
  std::vector<Practice> batch;
  auto flush = [&] {
    if (batch.empty()) return;
    const AddReport r = bank.add(batch);  // one transaction per batch
    total.added += r.added;
    total.replaced += r.replaced;
    batch.clear();
    if (a.progress) err << "\rиндексировано: " << total.added + total.replaced << std::flush;
  };
  for (const auto& input : a.inputs)
    load_path(
        input,
        [&](LoadedPractice&& lp) {
          ++read;
          batch.push_back(std::move(lp.practice));
          if (batch.size() >= a.batch) flush();
        },
        [&](LoadError&& e) {
          ++failed;
          err << "practice: " << e.to_string() << "\n";
        });
  flush();
  if (a.progress) err << "\n";
  out << "добавлено: " << total.added << ", заменено: " << total.replaced << ", с ошибками: " << failed
      << "; всего в банке: " << bank.size() << "\n";
  return failed ? 1 : 0;
}

}  // namespace practice::cli
