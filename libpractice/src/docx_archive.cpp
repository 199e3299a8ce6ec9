#include "docx_archive.hpp"

#include <memory>

#include <zip.h>

#include <practice/error.hpp>

namespace practice::detail {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct EntryCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// libzip's messages are English; the person reading ours wrote a Word file.
std::string open_failure(int code) {
  switch (code) {
    case ZIP_ER_NOZIP: return "файл повреждён или обрезан: не найдено оглавление ZIP-архива";
    case ZIP_ER_INCONS: return "файл повреждён: оглавление ZIP-архива противоречиво";
    case ZIP_ER_MEMORY: return "недостаточно памяти, чтобы открыть файл";
    case ZIP_ER_READ:
    case ZIP_ER_EOF: return "файл обрезан: архив заканчивается раньше, чем должен";
    default: return "файл повреждён: не удаётся открыть ZIP-архив (код libzip " + std::to_string(code) + ")";
  }
}

std::string mib(std::size_t bytes) { return std::to_string(bytes >> 20) + " МиБ"; }

}  // namespace

std::string read_zip_entry(std::string_view archive, const char* entry, const std::string& file, const DocxLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
  if (source == nullptr) throw ParseError(file, 0, open_failure(zip_error_code_zip(&error)));
  std::unique_ptr<zip_t, ArchiveCloser> zip(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (!zip) {
    zip_source_free(source);
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    throw ParseError(file, 0, open_failure(code));
  }
  zip_error_fini(&error);

  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip.get(), entry, 0, &st) != 0)
    throw ParseError(file, 0, std::string("в архиве нет ") + entry + ": это не документ Word (.docx)");
  const bool sized = (st.valid & ZIP_STAT_SIZE) != 0 && (st.valid & ZIP_STAT_COMP_SIZE) != 0;
  const std::string too_big = std::string(entry) + " после распаковки больше " + mib(limits.max_xml_bytes) +
                              "; такой документ не принимается (возможна ZIP-бомба)";
  const auto ratio_exceeded = [&](std::size_t unpacked, std::size_t packed) {
    return unpacked > limits.ratio_floor && unpacked / (packed == 0 ? 1 : packed) > limits.max_ratio;
  };
  const std::string suspicious = std::string(entry) + " сжат подозрительно сильно (более чем в " +
                                 std::to_string(limits.max_ratio) + " раз); такой документ не принимается (возможна ZIP-бомба)";
  if (sized && st.size > limits.max_xml_bytes) throw ParseError(file, 0, too_big);
  if (sized && ratio_exceeded(st.size, st.comp_size)) throw ParseError(file, 0, suspicious);

  std::unique_ptr<zip_file_t, EntryCloser> in(zip_fopen(zip.get(), entry, 0));
  if (!in) throw ParseError(file, 0, std::string("файл повреждён: не удаётся распаковать ") + entry);
  std::string out;
  char chunk[64 * 1024];
  for (;;) {
    const zip_int64_t n = zip_fread(in.get(), chunk, sizeof chunk);
    if (n < 0) throw ParseError(file, 0, std::string("файл повреждён или обрезан: ошибка при распаковке ") + entry);
    if (n == 0) break;
    // The header may lie about the size: enforce the limits on what is actually unpacked.
    if (out.size() + static_cast<std::size_t>(n) > limits.max_xml_bytes) throw ParseError(file, 0, too_big);
    out.append(chunk, static_cast<std::size_t>(n));
    if (sized && ratio_exceeded(out.size(), st.comp_size)) throw ParseError(file, 0, suspicious);
  }
  return out;
}

}  // namespace practice::detail
