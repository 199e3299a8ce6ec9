#pragma once
// Reading one entry of a ZIP archive held in memory, with zip-bomb guards (libzip).

#include <string>
#include <string_view>

#include <practice/docx.hpp>

namespace practice::detail {

/// The unpacked bytes of `entry`. Refuses an entry whose declared or actual size exceeds
/// `limits.max_xml_bytes`, or whose unpacked/packed ratio exceeds `limits.max_ratio` once it
/// is larger than `limits.ratio_floor`; reads in chunks, so memory stays within the limit even
/// when the header lies.
/// @throws ParseError naming `file`, with a Russian reason.
std::string read_zip_entry(std::string_view archive, const char* entry, const std::string& file, const DocxLimits& limits);

}  // namespace practice::detail
