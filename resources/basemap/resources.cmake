# The offline vector basemap of the Netherlands (made by scripts/make-basemap.sh).
qt_add_resources(voorzet_resources basemap
    PREFIX /basemap
    BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${CMAKE_CURRENT_LIST_DIR}/nl.vzbm)
