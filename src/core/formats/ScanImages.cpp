// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/ScanImages.h"

#include <leptonica/allheaders.h>

namespace Hamish {

void PixDeleter::operator()(Pix *pix) const
{
    pixDestroy(&pix);
}

int ScanImages::decode(const QByteArray &bytes, const std::function<void(PixPointer page)> &take)
{
    static const bool quiet = [] {
        setMsgSeverity(L_SEVERITY_NONE);
        return true;
    }();
    Q_UNUSED(quiet);
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.constData());
    const size_t size = size_t(bytes.size());
    l_int32 format = IFF_UNKNOWN;
    findFileFormatBuffer(data, &format);
    const bool tiff = format == IFF_TIFF || format == IFF_TIFF_G3 || format == IFF_TIFF_G4 || format == IFF_TIFF_LZW
                      || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE
                      || format == IFF_TIFF_JPEG;
    if (!tiff) {
        PixPointer pix(pixReadMem(data, size));
        if (!pix)
            return 0;
        take(std::move(pix));
        return 1;
    }
    // Leptonica reads TIFF pages one at a time.
    int pages = 0;
    size_t offset = 0;
    do {
        PixPointer pix(pixReadMemFromMultipageTiff(data, size, &offset));
        if (!pix)
            break;
        ++pages;
        take(std::move(pix));
    } while (offset != 0 && pages < kMaxPages);
    return pages;
}

} // namespace Hamish
