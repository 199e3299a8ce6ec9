#include <practice/replications.hpp>

#include <algorithm>
#include <map>

namespace practice {

ReplicationReport record_replications(Bank& bank, const std::vector<ReplicationRecord>& records) {
  ReplicationReport report;
  std::map<std::string, Practice> changed;  // id → practice with the new records appended
  for (const auto& r : records) {
    auto it = changed.find(r.practice_id);
    if (it == changed.end()) {
      auto p = bank.find(r.practice_id);
      if (!p) {
        report.errors.push_back({r.file, r.line, "практика «" + r.practice_id + "» не найдена в банке"});
        continue;
      }
      it = changed.emplace(r.practice_id, std::move(*p)).first;
    }
    auto& reps = it->second.replications;
    if (std::find(reps.begin(), reps.end(), r.replication) != reps.end()) {
      ++report.duplicates;
      continue;
    }
    reps.push_back(r.replication);
    ++report.recorded;
  }
  std::vector<Practice> updated;
  for (auto& [id, p] : changed) updated.push_back(std::move(p));
  if (report.recorded > 0) bank.add(updated);
  return report;
}

void to_json(nlohmann::json& j, const ReplicationReport& v) {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& e : v.errors) errors.push_back({{"file", e.file}, {"line", e.line}, {"message", e.message}});
  j = {{"recorded", v.recorded}, {"duplicates", v.duplicates}, {"errors", errors}};
}

}  // namespace practice
