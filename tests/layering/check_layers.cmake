# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of docs/architecture.md, checked on the sources (cmake -DSOURCE_DIR=... -P this file):
#
#   ui ──▶ services ──▶ storage ──▶ core          drivers ──▶ core      sync ──▶ core
#                   └─▶ drivers (ports)    central ──▶ sqlite (storage/sqlite.h, migrations.h)
#
# Each rule: a folder, and the includes no file under it may have. Plus the size rules: no source
# file in app/services or app/ui over 500 lines, app/main.cpp under 120. Fails listing every
# offending file and line, so a newcomer sees what to move where.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repository> -P check_layers.cmake")
endif()

# folder @@ forbidden include prefixes (regex on the quoted path) @@ why
set(rules
  "app/core@@^(storage|services|ui|sync|drivers|demo-data)/@@core is value types: it knows no other layer"
  "app/storage@@^(services|ui|sync|drivers|demo-data)/@@storage owns the SQL and hands out core types"
  "app/services@@^(ui)/@@services know no screen"
  "app/ui@@^(storage|sync)/@@the screens reach data through services only"
  "app/demo-data@@^(services|ui|sync|drivers)/@@the demo generator writes through storage"
  "drivers@@^(storage|services|ui|sync|demo-data|central)/@@drivers speak to devices, not to the terminal's data"
  "sync@@^(storage|services|ui|drivers|demo-data)/@@the sync client reaches local state through the SyncStore interface"
  "central@@^(services|ui|sync|drivers)/@@the central service shares only core, the SQLite wrapper and demo data"
)

set(problems "")
foreach(rule IN LISTS rules)
  string(REPLACE "@@" ";" parts "${rule}")
  list(GET parts 0 folder)
  list(GET parts 1 forbidden)
  list(GET parts 2 why)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" path "${line}")
      if(path MATCHES "${forbidden}")
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        string(APPEND problems "  ${rel}: #include \"${path}\" (${why})\n")
      endif()
    endforeach()
  endforeach()
endforeach()

# central may include storage/sqlite.h and storage/migrations.h, nothing else of storage.
file(GLOB_RECURSE files "${SOURCE_DIR}/central/*.h" "${SOURCE_DIR}/central/*.cpp")
foreach(f IN LISTS files)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"storage/")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "\"storage/(sqlite|migrations)\\.h\"")
      file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
      string(APPEND problems "  ${rel}: ${line} (the central service uses the SQLite wrapper, not the kiosk's repositories)\n")
    endif()
  endforeach()
endforeach()

# Sizes: a file a newcomer can read in one sitting.
file(GLOB files "${SOURCE_DIR}/app/services/*.h" "${SOURCE_DIR}/app/services/*.cpp"
                "${SOURCE_DIR}/app/ui/*.h" "${SOURCE_DIR}/app/ui/*.cpp")
foreach(f IN LISTS files)
  file(STRINGS "${f}" lines)
  list(LENGTH lines n)
  if(n GREATER 500)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    string(APPEND problems "  ${rel}: ${n} lines (at most 500: split it by job)\n")
  endif()
endforeach()
file(STRINGS "${SOURCE_DIR}/app/main.cpp" lines)
list(LENGTH lines n)
if(NOT n LESS 120)
  string(APPEND problems "  app/main.cpp: ${n} lines (under 120: wiring belongs in TerminalApp)\n")
endif()

if(problems)
  message(FATAL_ERROR "Layering rules broken (docs/architecture.md, \"Layers\"):\n${problems}")
endif()
message(STATUS "layers and sizes OK")
