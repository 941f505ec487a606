from dakplan.cli import main

main()
