#pragma once
// Facet counts over a value slot that may hold several '\n'-separated values per document.

#include <map>
#include <string>

#include <xapian.h>

namespace practice::detail {

class MultiValueCountSpy : public Xapian::MatchSpy {
 public:
  explicit MultiValueCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double) override {
    const std::string value = doc.get_value(slot_);
    for (std::size_t start = 0; start < value.size();) {
      const auto nl = value.find('\n', start);
      const auto end = nl == std::string::npos ? value.size() : nl;
      if (end > start) ++counts_[value.substr(start, end - start)];
      start = end + 1;
    }
  }
  const std::map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::map<std::string, std::size_t> counts_;
};

}  // namespace practice::detail
