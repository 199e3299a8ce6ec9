#include <iostream>

#include <practice/json.hpp>
#include <practice/loader.hpp>
#include <practice/validation.hpp>

#include "commands.hpp"

namespace practice::cli {

int run_validate(const ValidateArgs& a, std::ostream& out, std::ostream&) {
  std::vector<std::filesystem::path> inputs(a.inputs.begin(), a.inputs.end());
  LoadResult loaded = load_paths(inputs);
  auto reports = validate_all(loaded.practices, {.reference_year = a.reference_year});
  // A file that could not be read at all is a failed report of its own.
  for (const auto& e : loaded.errors)
    reports.push_back({"", "", e.file, {{"unreadable", Severity::error, e.file, e.line, "", e.message}}, 0.0});

  std::size_t errors = 0, warnings = 0, failed = 0;
  for (const auto& r : reports) {
    failed += !r.ok();
    for (const auto& i : r.issues) ++(i.severity == Severity::error ? errors : warnings);
  }
  if (a.json) {
    out << nlohmann::json{{"ok", failed == 0}, {"practices", reports.size()}, {"errors", errors},
                          {"warnings", warnings}, {"reports", reports}}
               .dump(2)
        << "\n";
  } else {
    for (const auto& r : reports) {
      if (!a.quiet || !r.issues.empty())
        out << (r.ok() ? "OK  " : "ОШИБКА  ") << r.source << (r.title.empty() ? "" : "  «" + r.title + "»")
            << "  готовность " << static_cast<int>(r.readiness * 100 + 0.5) << "%\n";
      for (const auto& i : r.issues)
        out << "    " << i.file << (i.line ? ":" + std::to_string(i.line) : "") << ": "
            << (i.severity == Severity::error ? "ошибка" : "предупреждение") << " [" << i.code << "] " << i.message << "\n";
    }
    out << "Проверено описаний: " << reports.size() << "; ошибок: " << errors << "; предупреждений: " << warnings << "\n";
  }
  return failed ? 1 : 0;
}

}  // namespace practice::cli
