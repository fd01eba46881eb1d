"The wheel a user installs carries the whole bundled model, classifier included"
import subprocess, sys, zipfile
from pathlib import Path

root = Path(__file__).parent.parent

def test_wheel_has_bundled_model(tmp_path):
    subprocess.run([sys.executable, '-m', 'pip', 'wheel', '--no-deps', '--no-build-isolation', '-q', '-w', tmp_path, root],
                   check=True, capture_output=True)
    wheel, = tmp_path.glob('clickbait_fastai-*.whl')
    shipped = {n for n in zipfile.ZipFile(wheel).namelist() if '/bundled_model/' in n}
    bundled = {str(p.relative_to(root)) for p in (root/'clickbait_fastai/bundled_model').rglob('*') if p.is_file()}
    assert bundled and bundled <= shipped, bundled - shipped
