# The Debian package: `cpack -G DEB` in the build folder (after `cmake --build`) writes hamish_VERSION_ARCH.deb
# with what `cmake --install` installs under /usr. Its Depends come from dpkg-shlibdeps on the binary (Qt,
# ICU, the C++ runtime) plus what the binary loads at run time and shlibdeps cannot see.

set(HAMISH_PACKAGE_CONTACT "The Hamish authors <hamish@hamishreader.org>" CACHE STRING
    "Maintainer of the Debian package (Name <email>)")

set(CPACK_PACKAGE_NAME hamish)
set(CPACK_PACKAGE_VENDOR "The Hamish authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${HAMISH_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader and annotator for Arabic news articles")
set(CPACK_PACKAGE_HOMEPAGE_URL "${HAMISH_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plug-ins, invisible to dpkg-shlibdeps: the SQLite driver opens projects.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# The reading font (Noto Naskh Arabic is the fallback), Qt's own Arabic strings for standard dialogs, and
# Tesseract's Arabic model, data the OCR of scans reads at run time (without it a scan is refused with a
# message saying what to install).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-hosny-amiri, fonts-noto-core, qt6-translations-l10n, tesseract-ocr-ara")
# Team projects on a PostgreSQL server need Qt's driver for it, a plug-in dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Debian's description: the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY, then these paragraphs (CPack
# indents each line; a lone "." separates paragraphs). No ASCII double quotes: CPack mangles them.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Hamish (هامش, “margin”) shows Arabic news articles in a proper right-to-left
view and suggests the people, places, organisations, numbers, quantities,
money, dates and times in them. Readers accept, reject, correct and extend
those annotations, keep many articles in a project file, and export them
with exact character offsets (JSON, JSON Lines, CoNLL, brat, Web Annotation).
.
It reads plain text in UTF-8, UTF-16, Windows-1256 or ISO-8859-6 and HTML
pages, works offline, and has a command line (hamish extract, export, ...)
that runs without a display on the same engine.
.
The entity model and some name lists are derived from ANERcorp (CC BY-SA 4.0).")

include(CPack)
