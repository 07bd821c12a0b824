"""The page's script and style: the modules joined in their order, each registered under
its name; Leaflet inlined with its images."""

from __future__ import annotations

import re

from geo.mapping import assets


def test_every_module_of_the_folder_is_joined_once_in_order():
    on_disk = sorted(p.name for p in assets.ASSET_DIR.glob("*.js"))
    assert sorted(assets.SCRIPT_MODULES) == on_disk
    assert len(set(assets.SCRIPT_MODULES)) == len(assets.SCRIPT_MODULES)
    assert assets.SCRIPT_MODULES[-1] == "init.js"
    script = assets.script_source()
    starts = [script.index(assets.read_asset(name)) for name in assets.SCRIPT_MODULES]
    assert starts == sorted(starts)


def test_each_module_registers_under_its_name_and_uses_only_earlier_ones():
    joined: set[str] = set()
    for name in assets.SCRIPT_MODULES:
        text = assets.read_asset(name)
        stem = name.removesuffix(".js")
        assert text.rstrip().endswith(
            "}(window.warmapModules = window.warmapModules || {}));"), name
        if stem != "init":
            assert f"modules.{stem} = {{" in text, name
        used = set(re.findall(r"\bmodules\.(\w+)", text)) - {stem}
        assert used <= joined, (name, used - joined)
        joined.add(stem)


def test_the_page_gets_the_script_and_style_minified():
    source, script = assets.script_source(), assets.page_script()
    assert len(script) < 0.75 * len(source)
    assert "/*" not in script and "\n  " not in script  # no comments, no indentation
    assert "</script" not in script.lower()
    for name in assets.SCRIPT_MODULES[:-1]:
        assert f"modules.{name.removesuffix('.js')}={{" in script, name
    style = assets.page_style()
    assert ".warmap-legend{" in style and "/*" not in style and "\n" not in style
    leaflet = assets.inline_leaflet("css")
    assert "url(data:image/png;base64," in leaflet and "leaflet-default-icon-path" not in leaflet
