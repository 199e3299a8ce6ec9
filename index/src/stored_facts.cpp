#include "stored_facts.hpp"

#include "binary_codec.hpp"

namespace practice::detail {
namespace {

constexpr char format_tag = 'F';  // first byte: tells facts from other data

// Every field, once, in storage order; both directions walk this list.
template <class Facts, class F>
void each_field(Facts& f, F&& io) {
  io(f.id), io(f.title), io(f.organization), io(f.region);
  auto& d = f.derived;
  io(d.categories), io(d.kinds), io(d.title_kinds), io(d.primary);
  auto& n = d.needs;
  io(n.money_rub), io(n.no_money), io(n.money_unspecified), io(n.premises), io(n.premises_free), io(n.area_m2), io(n.no_premises);
  io(n.specialists), io(n.volunteers), io(n.vehicle);
  io(d.readiness), io(d.evaluation_design);
  io(d.replication_regions);
}

}  // namespace

std::string encode_facts(const StoredFacts& f) {
  std::string out(1, format_tag);
  each_field(f, Writer{out});
  return out;
}

StoredFacts decode_facts(std::string_view value) {
  if (value.empty() || value.front() != format_tag) Reader::bad();
  Reader r{value, 1};
  StoredFacts f;
  each_field(f, r);
  if (r.at != value.size()) Reader::bad();
  return f;
}

}  // namespace practice::detail
