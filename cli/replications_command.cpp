#include <iostream>

#include <practice/bank.hpp>
#include <practice/error.hpp>
#include <practice/replications.hpp>

#include "commands.hpp"

namespace practice::cli {
namespace {

// The record given as options, checked by the same rules as a line of a file.
ReplicationLoad record_from_options(const ReplicationsArgs& a) {
  nlohmann::json j = {{"practice", a.practice}, {"organization", a.organization}, {"region", a.region}, {"outcome", a.outcome}};
  if (a.year) j["year"] = *a.year;
  return parse_replication_records(j.dump(), "<options>");
}

}  // namespace

int run_replications(const ReplicationsArgs& a, std::ostream& out, std::ostream& err) {
  if (a.inputs.empty() == a.practice.empty())
    throw InvalidArgument("укажите файл записей о тиражировании или одну запись через --practice");
  ReplicationLoad load;
  if (!a.practice.empty()) load = record_from_options(a);
  for (const auto& input : a.inputs) {
    auto part = load_replication_records(input);
    for (auto& r : part.records) load.records.push_back(std::move(r));
    for (auto& e : part.errors) load.errors.push_back(std::move(e));
  }
  Bank bank = Bank::open(a.db);
  ReplicationReport report = record_replications(bank, load.records);
  report.errors.insert(report.errors.begin(), load.errors.begin(), load.errors.end());
  if (a.json) {
    out << nlohmann::json(report).dump(2) << "\n";
  } else {
    for (const auto& e : report.errors) err << "practice: " << e.to_string() << "\n";
    out << "записано тиражирований: " << report.recorded << ", уже были в банке: " << report.duplicates
        << ", с ошибками: " << report.errors.size() << "\n";
  }
  return report.errors.empty() ? 0 : 1;
}

}  // namespace practice::cli
