# Build-time guard run before the core compiles: a widget header included from the core is a build error.
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" hits REGEX "#[ \t]*include[ \t]*<(QtWidgets/|QWidget|QMainWindow|QDialog|QApplication|QMessageBox|QAction|QAbstractScrollArea)")
    if(hits)
        message(FATAL_ERROR "${source} includes a widget header (${hits}); the core must stay free of Qt Widgets")
    endif()
endforeach()
