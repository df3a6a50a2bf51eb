import backendArchGenerators from 'create-backend-arch/plop';

/** `npx plop` lists create-backend-arch's generators (module) next to the team's own, added below. */
export default function plopfile(plop) {
  backendArchGenerators(plop);
}
