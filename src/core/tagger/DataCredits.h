// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hamish::DataCredits {

// The credit for the data Hamish's entity model and name lists are derived from, with their licences, as plain
// text paragraphs (translated), for the About box and `hamish --version`-like listings. Kept beside the tagger so
// that what is shipped and what is credited change together (NOTICE and resources/*/README.md say the same).
QString text();

} // namespace Hamish::DataCredits
