#pragma once
// Writes practices into an open WritableDatabase: documents are analysed and built on worker
// threads while the calling thread, the only one touching Xapian's writer, adds them in order.

#include <vector>

#include <xapian.h>

#include <practice/model.hpp>
#include <practice/search.hpp>
#include <practice/text/analyzer.hpp>

namespace practice::detail {

/// Adds or replaces (by id term) every practice, in order, with its spelling words.
/// Small inputs are built on the calling thread alone.
/// @throws whatever building or Xapian throws; workers are stopped and joined first.
AddReport write_documents(Xapian::WritableDatabase& db, const std::vector<Practice>& practices,
                          const text::Analyzer& analyzer);

}  // namespace practice::detail
